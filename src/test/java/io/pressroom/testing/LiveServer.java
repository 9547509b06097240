package io.pressroom.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.core.Archive;
import io.pressroom.http.PressroomServer;
import io.pressroom.http.ServerConfig;
import io.pressroom.json.PressroomJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A real {@link PressroomServer} on a free loopback port over an archive, and the ways tests talk
 * to it: an HTTP/1.1 client ({@link #get}, {@link #post}, {@link #delete}, {@link #send}), a raw
 * socket for bytes no client library sends ({@link #raw}), and the checks of the one JSON error
 * shape ({@link #assertError}).
 *
 * <p>Every wait is bounded (connect 5 s, a request 30 s, a posted body 60 s, a raw exchange 15 s):
 * a bound that is reached fails the test, it is not a measure of speed.
 */
public final class LiveServer implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration BODY_TIMEOUT = Duration.ofSeconds(60);
  private static final int RAW_TIMEOUT_MS = 15_000;

  private final Archive archive;
  private final boolean ownsArchive;
  private final PressroomServer server;
  /** The address it was started on (the server forgets its port once it stops). */
  private final URI base;
  /**
   * The server closes a connection idle this long; a pooled connection idle for half of it is not
   * reused, since a request sent on it as the server closes it would get no answer at all (the
   * client retries only GETs), a race of the test client, not a fault of the server.
   */
  private final Duration serverIdleTimeout;
  private volatile HttpClient client = newClient();
  private volatile long lastAnswered = System.nanoTime();

  private LiveServer(Archive archive, boolean ownsArchive, ServerConfig config) {
    this.archive = archive;
    this.ownsArchive = ownsArchive;
    this.server = PressroomServer.start(archive, config);
    this.base = server.uri();
    this.serverIdleTimeout = config.idleTimeout();
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  }

  /** The shipped corpus in a new in-memory archive, served with the local config changed by {@code config}. */
  public static LiveServer overCorpus(UnaryOperator<ServerConfig> config) throws IOException {
    Archive archive = Corpus.corpusArchive();
    try {
      return new LiveServer(archive, true, config.apply(ServerConfig.local(0)));
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  /** The shipped corpus in a new in-memory archive, served with the local config. */
  public static LiveServer overCorpus() throws IOException {
    return overCorpus(c -> c);
  }

  /** Serves {@code archive}, which the caller keeps and closes (closing this stops only the server). */
  public static LiveServer over(Archive archive, UnaryOperator<ServerConfig> config) {
    return new LiveServer(archive, false, config.apply(ServerConfig.local(0)));
  }

  /** The archive served. */
  public Archive archive() {
    return archive;
  }

  /** The server. */
  public PressroomServer server() {
    return server;
  }

  /** The bound port (also after the server was closed). */
  public int port() {
    return base.getPort();
  }

  /** The absolute address of {@code pathAndQuery} on this server. */
  public URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery);
  }

  // ------------------------------------------------------------------------------- HTTP client

  /** A request to {@code pathAndQuery}, to be completed (method, headers) and {@link #send sent}. */
  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(REQUEST_TIMEOUT);
  }

  /** Sends a request; the body is read as UTF-8. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (System.nanoTime() - lastAnswered > serverIdleTimeout.toNanos() / 2) {
      client = newClient();
    }
    HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    lastAnswered = System.nanoTime();
    return r;
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery).GET());
  }

  /** GET that must answer 200; returns the JSON body. */
  public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    return json(r);
  }

  /** POST of {@code body}; {@code contentType} and {@code authorization} are left out when null. */
  public HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = request(pathAndQuery).timeout(BODY_TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  /** POST of {@code body} as UTF-8. */
  public HttpResponse<String> post(String pathAndQuery, String contentType, String body, String authorization)
      throws IOException, InterruptedException {
    return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8), authorization);
  }

  /** DELETE; {@code authorization} is left out when null. */
  public HttpResponse<String> delete(String pathAndQuery, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(pathAndQuery).DELETE();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  // -------------------------------------------------------------------------------- raw socket

  /**
   * Sends {@code request} on a new connection, each char as one byte (ISO-8859-1: a char above
   * U+00FF becomes '?'; write {@code \u00e9} to send the single byte E9), and returns the whole
   * answer, read as UTF-8, up to the server closing the connection. The server may answer (414,
   * 431, 413) and close before a huge request is all sent: the answer is read all the same.
   */
  public String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port())) {
      s.setSoTimeout(RAW_TIMEOUT_MS);
      try {
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
      } catch (IOException closedEarly) {
        // answered and closed before the request was all sent: read the answer
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

  /** Status code of a raw answer (of its first response), or -1 if there is none. */
  public static int status(String rawAnswer) {
    String[] first = rawAnswer.split("\r\n", 2)[0].split(" ");
    return first.length > 1 ? Integer.parseInt(first[1]) : -1;
  }

  /** Body of a raw (non-chunked) answer. */
  public static String body(String rawAnswer) {
    int i = rawAnswer.indexOf("\r\n\r\n");
    return i < 0 ? "" : rawAnswer.substring(i + 4);
  }

  // --------------------------------------------------------------------------- encoding, JSON

  /** Form-encodes a query value as a browser does ({@link URLEncoder}, UTF-8, space as '+'). */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Percent-encodes every character except unreserved ASCII, byte for byte. Unpaired surrogates
   * become the bytes Java's "modified UTF-8" would give them (ED A0 80…): invalid UTF-8, as a
   * broken client sends.
   */
  public static String percentEncode(String s) {
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

  public static JsonNode json(HttpResponse<String> r) throws IOException {
    return json(r.body());
  }

  public static JsonNode json(String body) throws IOException {
    return PressroomJson.MAPPER.readTree(body);
  }

  /** Asserts {@code Content-Type: application/json; charset=utf-8}. */
  public static void assertJsonUtf8(HttpResponse<String> r) {
    assertEquals("application/json;charset=utf-8", normalized(r.headers().firstValue("Content-Type").orElse("")),
        "Content-Type of " + r.uri());
  }

  /**
   * Asserts the one JSON error shape {@code {"error":{"status","code","message"}}} with this status,
   * served as {@code application/json; charset=utf-8}, a message naming every one of {@code
   * words}, and no stack trace. Returns the error object.
   */
  public static JsonNode assertError(HttpResponse<String> r, int status, String... words) throws IOException {
    assertEquals(status, r.statusCode(), r.uri() + " -> " + r.body());
    return assertErrorBody(r.body(), status, r.headers().firstValue("Content-Type").orElse(""), words);
  }

  /** As {@link #assertError}, for an answer's body and Content-Type (e.g. of a raw exchange). */
  public static JsonNode assertErrorBody(String body, int status, String contentType, String... words) throws IOException {
    assertEquals("application/json;charset=utf-8", normalized(contentType), "Content-Type of: " + body);
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

  private static String normalized(String contentType) {
    return contentType.toLowerCase(Locale.ROOT).replace(" ", "");
  }

  /** Stops the server (letting requests in flight finish), then closes the archive if it made it. */
  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      if (ownsArchive) {
        archive.close();
      }
    }
  }
}
