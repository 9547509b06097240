package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.testing.LiveServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample of generated hostile queries over real HTTP: every answer is 200 with a result, or a 4xx
 * with the JSON error shape, never a 5xx; URL-level garbage (bad percent escapes, invalid UTF-8,
 * URLs over Jetty's header limit) included.
 *
 * <p>{@code -Dpressroom.fuzz.http=N} (default 2,000), {@code -Dpressroom.fuzz.seed=S}.
 */
class HttpQueryFuzzTest {
  static final int QUERIES = Reliability.size("pressroom.fuzz.http", 2_000);
  static final long SEED = Reliability.seed("pressroom.fuzz.seed", 20240426L) + 7;

  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus(c -> c);
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  @Test
  void everyQueryGets200Or4xxWithAJsonBody() throws Exception {
    QueryGenerator generator = new QueryGenerator(SEED);
    Map<String, String> failures = new LinkedHashMap<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    long[] nanos = new long[QUERIES];
    long slowest = 0;
    String slowestQuery = "";
    for (int i = 0; i < QUERIES; i++) {
      String q = generator.next();
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.get("/api/search?q=" + LiveServer.percentEncode(q));
      nanos[i] = System.nanoTime() - t0;
      if (nanos[i] > slowest) {
        slowest = nanos[i];
        slowestQuery = q;
      }
      statuses.merge(r.statusCode(), 1, Integer::sum);
      String problem = check(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
      if (problem != null) {
        failures.putIfAbsent(problem, Reliability.show(q));
      }
    }
    Reliability.report("HttpQueryFuzzTest", String.format(Locale.ROOT,
        "%d queries over HTTP (seed %d): statuses %s, %d kinds of failure; per request %s; slowest: %s",
        QUERIES, SEED, statuses, failures.size(), Reliability.percentiles(nanos, QUERIES), Reliability.show(slowestQuery)));
    if (!failures.isEmpty()) {
      StringBuilder m = new StringBuilder();
      failures.forEach((k, v) -> m.append(k).append("  <- q=").append(v).append('\n'));
      fail(m.toString());
    }
  }

  /** Broken URLs a client library will not send: raw bytes on a socket (HTTP/1.0: no chunking). */
  @Test
  void brokenUrlsGet4xxWithAJsonBody() throws Exception {
    List<String> queryStrings = List.of("q=%", "q=%Z", "q=%ZZ", "q=%FF", "q=%C0%AF", "q=%ED%A0%80", "q=%F4%90%80%80",
        "q=a%00b", "q=%E6%BB", "q=" + "%E6%BB%AC".repeat(1000), "q=" + "a".repeat(20_000), "q=" + "x".repeat(200_000),
        "q=a&q", "=", "&&&", "q=a;b", "q==", "q=a%2", "%71=a", "q[]=a", "q=\u00e9");
    for (String qs : queryStrings) {
      String answer = http.raw("GET /api/search?" + qs + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
      int status = LiveServer.status(answer);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
      String type = head.contains("content-type: application/json") ? "application/json" : head;
      String body = LiveServer.body(answer);
      String problem = check(status, type, body);
      if (problem != null) {
        fail("GET /api/search?" + Reliability.show(qs) + ": " + problem + "\n" + Reliability.show(answer));
      }
    }
  }

  /** Null when the answer is acceptable, else what is wrong with it. */
  static String check(int status, String contentType, String body) {
    if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
      return "status " + status + ": " + Reliability.show(body);
    }
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return "status " + status + " with Content-Type " + contentType;
    }
    try {
      JsonNode json = LiveServer.json(body);
      if (status == 200) {
        return json.path("hits").isArray() && json.path("total").isNumber() ? null : "200 without hits/total";
      }
      JsonNode e = json.path("error");
      if (e.path("status").asInt() != status || e.path("code").asText().isBlank() || e.path("message").asText().isBlank()) {
        return status + " without the error shape: " + Reliability.show(body);
      }
      if (body.contains("Exception") || body.contains("\tat ")) {
        return status + " shows a stack trace";
      }
      return null;
    } catch (Exception e) {
      return "status " + status + " body is not JSON: " + Reliability.show(body);
    }
  }
}
