package io.pressroom.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.testing.LiveServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-origin reads for configured origins only; never for writes; preflights answered. */
class CorsTest {
  private static final String ALLOWED = "https://newsroom.example";
  private static final String OTHER = "https://evil.example";

  private static LiveServer cors;
  private static LiveServer none;

  @BeforeAll
  static void start() throws Exception {
    cors = LiveServer.overCorpus(c -> c.withCorsOrigins(java.util.List.of(ALLOWED)).withAdminToken("t"));
    none = LiveServer.overCorpus();
  }

  @AfterAll
  static void stop() throws Exception {
    cors.close();
    none.close();
  }

  private static Optional<String> allowOrigin(HttpResponse<String> r) {
    return r.headers().firstValue("Access-Control-Allow-Origin");
  }

  private static HttpResponse<String> get(LiveServer http, String path, String origin) throws Exception {
    return http.send(http.request(path).header("Origin", origin).GET());
  }

  private static HttpResponse<String> preflight(LiveServer http, String path, String origin, String method)
      throws Exception {
    return http.send(http.request(path).header("Origin", origin).header("Access-Control-Request-Method", method)
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void allowedOriginMayRead() throws Exception {
    HttpResponse<String> r = get(cors, "/api/search?q=x", ALLOWED);
    assertEquals(200, r.statusCode());
    assertEquals(Optional.of(ALLOWED), allowOrigin(r));
    assertTrue(r.headers().allValues("Vary").contains("Origin"));
    assertEquals(Optional.of(ALLOWED), allowOrigin(get(cors, "/api/areas", ALLOWED)));
    assertEquals(Optional.of(ALLOWED), allowOrigin(get(cors, "/api/search?size=999", ALLOWED)), "errors too");
  }

  @Test
  void otherOriginsAndUnconfiguredServersGetNoCorsHeaders() throws Exception {
    assertEquals(Optional.empty(), allowOrigin(get(cors, "/api/search?q=x", OTHER)));
    assertEquals(Optional.empty(), allowOrigin(get(none, "/api/search?q=x", ALLOWED)));
    assertEquals(Optional.empty(), allowOrigin(cors.get("/api/search?q=x")));
  }

  @Test
  void preflightForGetIsAnswered() throws Exception {
    HttpResponse<String> r = preflight(cors, "/api/search", ALLOWED, "GET");
    assertEquals(204, r.statusCode());
    assertEquals(Optional.of(ALLOWED), allowOrigin(r));
    assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").indexOf("POST") < 0);
  }

  @Test
  void writesAreNeverCrossOrigin() throws Exception {
    HttpResponse<String> pre = preflight(cors, "/api/releases", ALLOWED, "POST");
    assertEquals(403, pre.statusCode());
    assertEquals(Optional.empty(), allowOrigin(pre));
    assertEquals(Optional.empty(), allowOrigin(preflight(cors, "/api/releases/x", ALLOWED, "DELETE")));
    HttpResponse<String> post = cors.send(cors.request("/api/releases").header("Origin", ALLOWED)
        .header("Authorization", "Bearer t").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("")));
    assertEquals(Optional.empty(), allowOrigin(post));
  }

  @Test
  void preflightFromAnotherOriginIsRefused() throws Exception {
    HttpResponse<String> r = preflight(cors, "/api/search", OTHER, "GET");
    LiveServer.assertError(r, 403, OTHER);
    assertEquals(Optional.empty(), allowOrigin(r));
  }
}
