package io.pressroom.reliability;

import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.http.PressroomServer;
import io.pressroom.http.ServerConfig;
import io.pressroom.json.PressroomJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A real server on a free loopback port over the corpus (in memory), and a client for it. */
final class Http implements AutoCloseable {
  static final String TOKEN = "reliability-token-7f3a9c";

  final Archive service;
  final PressroomServer server;
  final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  private Http(Archive service, PressroomServer server) {
    this.service = service;
    this.server = server;
  }

  static Http start(UnaryOperator<ServerConfig> config) throws IOException {
    Archive service = Archive.open(LuceneStore.inMemory());
    Reliability.ingestCorpus(service);
    return new Http(service, PressroomServer.start(service, config.apply(ServerConfig.local(0))));
  }

  int port() {
    return server.port();
  }

  URI uri(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET());
  }

  HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends raw bytes on a new connection and returns the whole answer (the server closes it). */
  String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port())) {
      s.setSoTimeout(15_000);
      try {
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
      } catch (IOException closedEarly) {
        // The server may answer (414, 431, 413) and close before a huge request is all sent.
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  /** Status code of a raw answer. */
  static int status(String rawAnswer) {
    String[] first = rawAnswer.split("\r\n", 2)[0].split(" ");
    return first.length > 1 ? Integer.parseInt(first[1]) : -1;
  }

  /** Body of a raw (non-chunked) answer. */
  static String body(String rawAnswer) {
    int i = rawAnswer.indexOf("\r\n\r\n");
    return i < 0 ? "" : rawAnswer.substring(i + 4);
  }

  static JsonNode json(String body) throws IOException {
    return PressroomJson.MAPPER.readTree(body);
  }

  /**
   * Percent-encodes every character except unreserved ASCII. Unpaired surrogates become the bytes
   * Java's "modified UTF-8" would give them (ED A0 80…): invalid UTF-8, as a broken client sends.
   */
  static String enc(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80 && (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0)) {
        b.append((char) cp);
        continue;
      }
      byte[] bytes;
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        bytes = new byte[] {(byte) (0xE0 | (cp >> 12)), (byte) (0x80 | ((cp >> 6) & 0x3F)), (byte) (0x80 | (cp & 0x3F))};
      } else {
        bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      }
      for (byte x : bytes) {
        b.append('%').append(String.format(Locale.ROOT, "%02X", x & 0xFF));
      }
    }
    return b.toString();
  }

  /**
   * Asserts the one JSON error shape {@code {"error":{"status","code","message"}}} with this status,
   * a message naming every one of {@code words}, and no stack trace.
   */
  static JsonNode assertError(HttpResponse<String> r, int status, String... words) throws IOException {
    assertEquals(status, r.statusCode(), r.uri() + " -> " + r.body());
    return assertErrorBody(r.body(), status, r.headers().firstValue("Content-Type").orElse(""), words);
  }

  static JsonNode assertErrorBody(String body, int status, String contentType, String... words) throws IOException {
    assertTrue(contentType.toLowerCase(Locale.ROOT).startsWith("application/json"), "Content-Type " + contentType + ": " + body);
    JsonNode error = json(body).path("error");
    assertEquals(status, error.path("status").asInt(), body);
    assertFalse(error.path("code").asText().isBlank(), body);
    String message = error.path("message").asText();
    assertFalse(message.isBlank(), body);
    for (String w : words) {
      assertTrue(message.contains(w), "message should name '" + w + "': " + message);
    }
    assertFalse(body.contains("Exception") || body.contains("\tat "), "no stack trace: " + body);
    return error;
  }

  @Override
  public void close() throws IOException {
    server.close();
    service.close();
  }
}
