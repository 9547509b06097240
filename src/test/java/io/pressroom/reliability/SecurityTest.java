package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.http.ServerConfig;
import io.pressroom.testing.LiveServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Write-endpoint tokens beyond {@code AdminApiTest}, markup in releases escaped in highlights and
 * JSON, and connections that open and send nothing (slowloris-style) on loopback.
 */
class SecurityTest {
  static final Duration IDLE = Duration.ofSeconds(2);
  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus(c -> c.withAdminToken(Reliability.TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  private static final byte[] RELEASE = String.join("\n", "Markup test release zqxss", "",
      "The zqxss paragraph quotes <script>alert('x')</script> and <img src=x onerror=alert(1)> as text.", "",
      "A second zqxss paragraph with a stray </mark> and <mark>fake</mark> tags & \"quotes\".").getBytes(StandardCharsets.UTF_8);

  @Test
  void oddTokensAre401NeverAnythingElse() throws Exception {
    List<String> tokens = List.of("Bearer " + "x".repeat(4_000), "Bearer " + Reliability.TOKEN + "\u0000", "Bearer  " + Reliability.TOKEN + "x",
        "Bearer " + Reliability.TOKEN.toUpperCase(Locale.ROOT), "Bearer " + Reliability.TOKEN.substring(0, Reliability.TOKEN.length() - 1),
        "Token " + Reliability.TOKEN, "Bearer" + Reliability.TOKEN, "Bearer\t" + Reliability.TOKEN + "y", "Bearer 滬港", "Basic " + Reliability.TOKEN);
    for (String auth : tokens) {
      HttpRequest.Builder b = HttpRequest.newBuilder(http.uri("/api/releases?name=never")).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(RELEASE));
      HttpResponse<String> r;
      try {
        b.header("Authorization", auth);
        r = http.send(b);
      } catch (IllegalArgumentException refusedByClient) {
        // The client will not send a NUL or a tab in a header: send it raw.
        String raw = http.raw("POST /api/releases?name=never HTTP/1.0\r\nHost: x\r\nContent-Type: text/plain\r\n"
            + "Authorization: " + auth + "\r\nContent-Length: 3\r\n\r\nabc");
        int status = LiveServer.status(raw);
        assertTrue(status == 400 || status == 401, auth + " -> " + status);
        continue;
      }
      LiveServer.assertError(r, 401);
    }
    // The token is not taken from the query string either.
    HttpResponse<String> q = http.post("/api/releases?name=never&token=" + Reliability.TOKEN, "text/plain", RELEASE, null);
    assertTrue(q.statusCode() == 400 || q.statusCode() == 401, q.body());
    assertTrue(http.archive().release("never").isEmpty());
    Reliability.report("SecurityTest", tokens.size() + " malformed or wrong tokens -> 401 (or 400 for bytes a header cannot hold); "
        + "token in the query string refused; nothing written");
  }

  /**
   * Jetty caches header fields per connection and, by default, matches cached values ignoring
   * case: a token differing from the right one only in case was taken for it on a kept-alive
   * connection (and the right one refused after a wrong-case one). Tokens are case-sensitive.
   */
  @Test
  void aTokenDifferingOnlyInCaseIsRefusedOnAKeptAliveConnection() throws Exception {
    String right = "DELETE /api/releases/no-such-release HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Reliability.TOKEN + "\r\n\r\n";
    String wrongCase = "DELETE /api/releases/no-such-release HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + Reliability.TOKEN.toUpperCase(Locale.ROOT) + "\r\nConnection: close\r\n\r\n";
    String answers = http.raw(right + wrongCase);
    List<String> statuses = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(answers);
    while (m.find()) {
      statuses.add(m.group(1));
    }
    assertEquals(List.of("404", "401"), statuses, "the right token passes (404: no such release), the wrong-case one not");

    String back = http.raw(wrongCase.replace("Connection: close\r\n", "") + right.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"));
    statuses.clear();
    m = java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(back);
    while (m.find()) {
      statuses.add(m.group(1));
    }
    assertEquals(List.of("401", "404"), statuses, "and the other way round");
  }

  @Test
  void markupInAReleaseIsEscapedInHighlightsAndDataInJson() throws Exception {
    HttpResponse<String> created = http.post("/api/releases?name=xss.txt", "text/plain", RELEASE, "Bearer " + Reliability.TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> r = http.get("/api/search?q=zqxss");
    assertEquals(200, r.statusCode());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode hits = LiveServer.json(r.body()).path("hits");
    assertEquals(2, hits.size(), r.body());
    int marks = 0;
    for (JsonNode h : hits) {
      String text = h.path("text").asText();
      assertTrue(text.contains("<script>") || text.contains("</mark>"), "JSON text is the text as written: " + text);
      for (JsonNode passage : h.path("highlights")) {
        String p = passage.asText();
        String withoutOurMarks = p.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutOurMarks.contains("<") || withoutOurMarks.contains(">"), "unescaped markup in a highlight: " + p);
        assertTrue(p.contains("&lt;script&gt;") || p.contains("&lt;/mark&gt;"), p);
        assertTrue(p.contains("<mark>zqxss</mark>"), p);
        // Our marks are balanced: the stray </mark> of the text did not close one.
        assertEquals(p.split("<mark>", -1).length, p.split("</mark>", -1).length, p);
        marks++;
      }
    }
    assertTrue(marks >= 2);
    assertEquals(200, http.send(HttpRequest.newBuilder(http.uri("/api/releases/xss"))
        .header("Authorization", "Bearer " + Reliability.TOKEN).DELETE()).statusCode());
    Reliability.report("SecurityTest", "<script>, <img onerror>, </mark> and <mark> in a release: escaped in every highlight "
        + "(only our own balanced <mark>s stay markup), literal text in JSON served as application/json with nosniff");
  }

  @Test
  void silentAndHalfOpenConnectionsDoNotStallOthersAndAreClosedWhenIdle() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    // A server of its own with a short idle timeout: the other tests' keep-alive connections stay out of its way.
    try (LiveServer idle = LiveServer.overCorpus(c -> c.withIdleTimeout(IDLE))) {
      for (int i = 0; i < 50; i++) {
        Socket s = new Socket("127.0.0.1", idle.port());
        OutputStream out = s.getOutputStream();
        switch (i % 3) {
          case 0 -> { } // connects and sends nothing
          case 1 -> out.write("GET /api/sea".getBytes(StandardCharsets.US_ASCII)); // half a request line
          default -> out.write("GET /api/search?q=a HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
        sockets.add(s);
      }
      // Normal searches are answered while the 50 connections hang (each within the client's
      // bounded wait; how long they took is reported, not asserted).
      long worst = 0;
      for (int i = 0; i < 10; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = idle.get("/api/search?q=" + LiveServer.percentEncode("滬港"));
        worst = Math.max(worst, System.nanoTime() - t0);
        assertEquals(200, r.statusCode());
      }
      // The server closes every one of them once idle: wait for each to reach its end of stream
      // (or a reset), bounded far beyond the idle timeout, instead of sleeping for a guessed time.
      long waitStart = System.nanoTime();
      long deadline = waitStart + IDLE.plusSeconds(60).toNanos();
      int closed = 0;
      for (Socket s : sockets) {
        if (closedByServer(s, deadline)) {
          closed++;
        }
      }
      Reliability.report("SecurityTest", String.format(Locale.ROOT,
          "50 loopback connections sending nothing or half a request: 10 searches meanwhile, slowest %d ms; "
              + "idle timeout %d ms closed %d of 50 (the last %d ms after the searches)", worst / 1_000_000,
          IDLE.toMillis(), closed, (System.nanoTime() - waitStart) / 1_000_000));
      assertEquals(50, closed, "connections the server never closed");
    } finally {
      for (Socket s : sockets) {
        s.close();
      }
    }
  }

  @Test
  void oversizedHeadersAndBodiesAreRefusedAsJson() throws Exception {
    String answer = http.raw("GET /api/search?q=a HTTP/1.0\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");
    int status = LiveServer.status(answer);
    assertTrue(status == 431 || status == 400, answer.substring(0, Math.min(200, answer.length())));
    assertTrue(answer.toLowerCase(Locale.ROOT).contains("application/json"), answer.substring(0, Math.min(300, answer.length())));
    long limit = ServerConfig.DEFAULT_MAX_BODY_BYTES;
    String declared = http.raw("POST /api/releases HTTP/1.0\r\nHost: x\r\nContent-Type: text/plain\r\nAuthorization: Bearer "
        + Reliability.TOKEN + "\r\nContent-Length: " + (limit + 1) + "\r\n\r\nabc");
    assertEquals(413, LiveServer.status(declared), declared);
  }

  /**
   * Reads until the server closes the connection (end of stream or reset): true; false if it is
   * still open at {@code deadline} (System.nanoTime()).
   */
  private static boolean closedByServer(Socket s, long deadline) throws IOException {
    InputStream in = s.getInputStream();
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      s.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
      try {
        if (in.read() < 0) {
          return true; // it may first have answered 400/408 to a half request: read to the end
        }
      } catch (SocketTimeoutException stillOpen) {
        return false;
      } catch (IOException reset) {
        return true;
      }
    }
  }
}
