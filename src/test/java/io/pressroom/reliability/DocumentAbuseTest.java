package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.search.SearchRequest;
import io.pressroom.testing.LiveServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents posted to {@code POST /api/releases}: each is refused with a clear JSON error
 * and leaves the index as it was (paragraph count, release list and a sample search identical), or,
 * for the inputs that are legitimate if odd (a 5 MB paragraph, truncated HTML), ingested correctly.
 */
class DocumentAbuseTest {
  private static final long MAX_BODY = 8L * 1024 * 1024;
  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus(c -> c.withAdminToken(Reliability.TOKEN).withMaxBodyBytes(MAX_BODY));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  /** What must not change when a document is refused. */
  private record Snapshot(long paragraphs, List<String> releases, long sampleTotal, List<String> sampleIds) {}

  private static Snapshot snapshot() throws Exception {
    var r = http.archive().search(SearchRequest.builder().query("滬港 合作").size(20).build());
    return new Snapshot(http.archive().paragraphCount(),
        http.archive().releases().stream().map(s -> s.release().id() + ":" + s.paragraphs()).toList(),
        r.total(), r.hits().stream().map(h -> h.paragraph().id()).toList());
  }

  private static HttpResponse<String> post(String name, String type, byte[] body) throws Exception {
    return http.post("/api/releases" + (name == null ? "" : "?name=" + LiveServer.percentEncode(name)), type, body, "Bearer " + Reliability.TOKEN);
  }

  private static void refusedAndUnchanged(String what, String name, String type, byte[] body, int status, String... words)
      throws Exception {
    Snapshot before = snapshot();
    HttpResponse<String> r = post(name, type, body);
    LiveServer.assertError(r, status, words);
    assertEquals(before, snapshot(), what + " changed the index");
    Reliability.report("DocumentAbuseTest", what + " (" + body.length + " bytes) -> " + status + " "
        + LiveServer.json(r.body()).path("error").path("code").asText() + "; index unchanged");
  }

  @Test
  void randomBytesAreRefused() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[1 + random.nextInt(64 * 1024)];
      random.nextBytes(b);
      Snapshot before = snapshot();
      HttpResponse<String> r = post("random-" + i, i % 2 == 0 ? "text/plain" : "text/html", b);
      LiveServer.assertError(r, 400);
      assertEquals(before, snapshot());
    }
    Reliability.report("DocumentAbuseTest", "20 random byte bodies (1 B - 64 KB) -> 400 each; index unchanged");
  }

  @Test
  void invalidUtf8EmptyAndBinaryAreRefused() throws Exception {
    byte[] valid = "Headline\n\nA paragraph about 滬港 合作 in finance.\n".getBytes(StandardCharsets.UTF_8);
    byte[] invalid = Arrays.copyOf(valid, valid.length + 3);
    invalid[valid.length] = (byte) 0xC3;
    invalid[valid.length + 1] = (byte) 0x28;
    invalid[valid.length + 2] = (byte) 0xFF;
    refusedAndUnchanged("invalid UTF-8", "bad-utf8", "text/plain", invalid, 400, "UTF-8");
    byte[] surrogate = "Headline\n\nText \u0000".getBytes(StandardCharsets.UTF_8);
    surrogate = Arrays.copyOf(surrogate, surrogate.length - 1);
    byte[] cesu = Arrays.copyOf(surrogate, surrogate.length + 3);
    cesu[surrogate.length] = (byte) 0xED;
    cesu[surrogate.length + 1] = (byte) 0xA0;
    cesu[surrogate.length + 2] = (byte) 0x80;
    refusedAndUnchanged("an encoded lone surrogate (ED A0 80)", "surrogate", "text/plain", cesu, 400, "UTF-8");
    refusedAndUnchanged("an empty body", "empty", "text/plain", new byte[0], 400);
    refusedAndUnchanged("whitespace only", "blank", "text/plain", " \n\t\u3000\n".getBytes(StandardCharsets.UTF_8), 400);
    refusedAndUnchanged("a NUL byte", "nul", "text/plain", "Head\n\nbody\0body".getBytes(StandardCharsets.UTF_8), 400);
    refusedAndUnchanged("UTF-16 with BOM", "utf16", "text/plain", "\uFEFFHeadline\n\nbody".getBytes(StandardCharsets.UTF_16BE), 400);
    refusedAndUnchanged("HTML without article text", "nohtml", "text/html",
        "<html><head><title>t</title></head><body><nav>menu</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8), 400);
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(int) MAX_BODY + 1];
    Arrays.fill(big, (byte) 'a');
    String head = "POST /api/releases?name=big HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nAuthorization: Bearer "
        + Reliability.TOKEN + "\r\nConnection: close\r\n";
    String text = new String(big, StandardCharsets.ISO_8859_1);
    Snapshot before = snapshot();
    String[] answer = sendOrRaw(() -> post("big", "text/plain", big), head + "Content-Length: " + big.length + "\r\n\r\n" + text);
    assertEquals("413", answer[0], answer[1]);
    assertTrue(answer[1].contains("body_too_large") && answer[1].contains(String.valueOf(MAX_BODY)), answer[1]);
    assertEquals(before, snapshot(), "a body one byte over the limit changed the index");
    Reliability.report("DocumentAbuseTest", "a body one byte over the limit (" + big.length + " bytes) -> 413 body_too_large; index unchanged");
    // Also when the client does not say the length and streams the body (chunked).
    var request = java.net.http.HttpRequest.newBuilder(http.uri("/api/releases?name=big2"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer " + Reliability.TOKEN)
        .timeout(java.time.Duration.ofSeconds(60))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
    answer = sendOrRaw(() -> http.send(request),
        head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length) + "\r\n" + text + "\r\n0\r\n\r\n");
    assertEquals("413", answer[0], answer[1]);
    assertTrue(answer[1].contains("body_too_large"), answer[1]);
    assertEquals(before, snapshot());
  }

  /**
   * Status and body of a request that the server may refuse before it is all sent: the JDK client
   * then sometimes loses the early answer to the closed connection ("header parser received no
   * bytes"), so the same request goes again over a raw socket, which reads the answer regardless.
   */
  private static String[] sendOrRaw(java.util.concurrent.Callable<HttpResponse<String>> send, String raw) throws Exception {
    try {
      HttpResponse<String> r = send.call();
      return new String[] {String.valueOf(r.statusCode()), r.body()};
    } catch (java.io.IOException earlyClose) {
      String answer = http.raw(raw);
      return new String[] {String.valueOf(LiveServer.status(answer)), answer};
    }
  }

  @Test
  void deeplyNestedHtmlIsRefusedOrIngestedWithoutHarm() throws Exception {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Nested</title></head><body>");
    for (int i = 0; i < depth; i++) {
      html.append(i % 2 == 0 ? "<div>" : "<span>");
    }
    html.append("<p>Deep zqxnest paragraph about finance co-operation between the two places.</p>");
    for (int i = depth - 1; i >= 0; i--) {
      html.append(i % 2 == 0 ? "</div>" : "</span>");
    }
    html.append("</body></html>");
    Snapshot before = snapshot();
    long t0 = System.nanoTime();
    HttpResponse<String> r = post("nested", "text/html", html.toString().getBytes(StandardCharsets.UTF_8));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (r.statusCode() == 201) {
      assertTrue(http.archive().release("nested").isPresent());
      assertTrue(http.get("/api/search?q=zqxnest").body().contains("nested#"), "the deep paragraph is searchable");
      assertEquals(200, http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/releases/nested"))
          .header("Authorization", "Bearer " + Reliability.TOKEN).DELETE()).statusCode());
      assertEquals(before, snapshot());
    } else {
      LiveServer.assertError(r, r.statusCode());
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.body());
      assertEquals(before, snapshot());
    }
    Reliability.report("DocumentAbuseTest", "HTML nested " + depth + " levels (" + html.length() + " chars) -> "
        + r.statusCode() + " in " + ms + " ms");
  }

  @Test
  void truncatedHtmlIsIngestedCorrectly() throws Exception {
    String html = "<!doctype html><html><head><meta charset=utf-8><title>Truncated zqtrunc briefing</title></head><body>"
        + "<article><h1>Truncated zqtrunc briefing</h1><p>The first zqtrunc paragraph on green finance.</p>"
        + "<p>The second zqtrunc paragraph, cut off in the midd";
    Snapshot before = snapshot();
    HttpResponse<String> r = post("truncated.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, r.statusCode(), r.body());
    JsonNode release = LiveServer.json(http.get("/api/releases/truncated").body());
    String text = release.path("paragraphs").toString();
    assertTrue(text.contains("The first zqtrunc paragraph on green finance."), text);
    assertTrue(text.contains("cut off in the midd"), text);
    assertTrue(!text.contains("<p>") && !text.contains("<article"), text);
    assertEquals(before.paragraphs() + release.path("paragraphs").size(), http.archive().paragraphCount());
    deleteAndCheck("truncated", before);
    // Cut inside a tag and inside an entity, too.
    for (String cut : List.of(html.substring(0, html.indexOf("<p>The second") + 2), html + "&am", html + "<p cla")) {
      HttpResponse<String> c = post("truncated2.html", "text/html", cut.getBytes(StandardCharsets.UTF_8));
      assertEquals(201, c.statusCode(), c.body());
      deleteAndCheck("truncated2", before);
    }
    Reliability.report("DocumentAbuseTest", "truncated HTML (4 cuts: mid-text, mid-tag, mid-entity) -> 201, text as written, no markup");
  }

  @Test
  void aFiveMegabyteParagraphIsIngestedAndSearchable() throws Exception {
    StringBuilder p = new StringBuilder(5 * 1024 * 1024 + 100);
    String[] words = {"finance ", "co-operation ", "滬港", "合作", "綠色金融", "Shanghai ", "𨋢", "logistics "};
    Random random = new Random(5);
    while (p.toString().getBytes(StandardCharsets.UTF_8).length < 5 * 1024 * 1024) {
      for (int i = 0; i < 10_000; i++) {
        p.append(words[random.nextInt(words.length)]);
      }
    }
    p.append(" zqhuge.");
    String text = "A release with one huge paragraph\n\n2024-05-02 10:00:00\n\n" + p + "\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    Snapshot before = snapshot();
    long t0 = System.nanoTime();
    HttpResponse<String> r = post("huge.txt", "text/plain; charset=utf-8", body);
    long ingestMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(201, r.statusCode(), Reliability.show(r.body()));
    var release = http.archive().release("huge").orElseThrow();
    String longest = release.paragraphs().stream().map(x -> x.text()).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    assertTrue(longest.length() >= p.length() - 10 && longest.endsWith("zqhuge."), "the paragraph is stored whole: " + longest.length());
    t0 = System.nanoTime();
    HttpResponse<String> s = http.get("/api/search?q=zqhuge");
    long searchMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(200, s.statusCode());
    JsonNode hit = LiveServer.json(s.body()).path("hits").get(0);
    assertEquals("huge", hit.path("release").path("id").asText(hit.toString().substring(0, 200)));
    deleteAndCheck("huge", before);
    Reliability.report("DocumentAbuseTest", "a single " + body.length + "-byte paragraph -> 201 in " + ingestMs
        + " ms, stored whole, found by its last word in " + searchMs + " ms, deleted cleanly");
  }

  private static void deleteAndCheck(String id, Snapshot before) throws Exception {
    HttpResponse<String> d = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/releases/" + id))
        .header("Authorization", "Bearer " + Reliability.TOKEN).DELETE());
    assertEquals(200, d.statusCode(), d.body());
    assertEquals(before, snapshot(), "deleting " + id + " restores the index");
  }
}
