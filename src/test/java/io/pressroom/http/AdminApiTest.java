package io.pressroom.http;

import static io.pressroom.testing.LiveServer.assertError;
import static io.pressroom.testing.LiveServer.enc;
import static io.pressroom.testing.LiveServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST and DELETE /api/releases: the admin token, body limits, and the index seeing the change. */
class AdminApiTest {
  private static final String TOKEN = "test-token-omega-42";
  private static final String RELEASE = String.join("\n",
      "Pressroom test release about zyxwvut cooperation",
      "",
      "2024-05-02 10:00:00",
      "",
      "The two governments agreed to study zyxwvut pilots in green finance and in sports exchanges.",
      "",
      "Officials said the zyxwvut pilots would start next year.");

  private static LiveServer open;
  private static LiveServer closed;

  @BeforeAll
  static void start() throws Exception {
    open = LiveServer.overCorpus(c -> c.withAdminToken(TOKEN).withMaxBodyBytes(4_096));
    closed = LiveServer.overCorpus(c -> c.withAdminToken(null));
  }

  @AfterAll
  static void stop() throws Exception {
    open.close();
    closed.close();
  }

  private static HttpResponse<String> post(LiveServer http, String query, String contentType, String body,
      String authorization) throws Exception {
    return http.post("/api/releases" + query, contentType, body, authorization);
  }

  private static HttpResponse<String> delete(LiveServer http, String id, String authorization) throws Exception {
    return http.delete("/api/releases/" + enc(id), authorization);
  }

  private static long hits(LiveServer http, String q) throws Exception {
    return http.getJson("/api/search?size=0&q=" + enc(q)).path("total").asLong();
  }

  @Test
  void writesAreOffWithoutAConfiguredToken() throws Exception {
    assertError(post(closed, "", "text/plain", RELEASE, "Bearer anything"), 403, "PRESSROOM_ADMIN_TOKEN");
    assertError(post(closed, "", "text/plain", RELEASE, null), 403);
    assertError(delete(closed, Corpus.HKCD, "Bearer anything"), 403);
    assertTrue(closed.archive().release(Corpus.HKCD).isPresent());
  }

  @Test
  void missingMalformedOrWrongTokensAre401() throws Exception {
    for (String auth : new String[] {null, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", TOKEN, "Bearer wrong",
        "Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1)}) {
      HttpResponse<String> r = post(open, "?name=never", "text/plain", RELEASE, auth);
      assertError(r, 401);
      assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), String.valueOf(auth));
      assertError(delete(open, Corpus.HKCD, auth), 401);
    }
    assertTrue(open.archive().release(Corpus.HKCD).isPresent());
    assertTrue(open.archive().release("never").isEmpty());
  }

  @Test
  void postedReleaseIsSearchableAtOnceThenDeleted() throws Exception {
    assertEquals(0, hits(open, "zyxwvut"));
    HttpResponse<String> r = post(open, "?name=test-release.txt", "text/plain; charset=utf-8", RELEASE, "Bearer " + TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode created = json(r);
    assertEquals("test-release", created.path("id").asText());
    assertEquals("/api/releases/test-release", r.headers().firstValue("Location").orElse(""));
    assertTrue(created.path("paragraphs").asInt() >= 2, r.body());
    assertTrue(hits(open, "zyxwvut") >= 2);
    assertEquals("test-release", open.getJson("/api/releases/test-release").path("release").path("id").asText());

    HttpResponse<String> d = delete(open, "test-release", "bearer " + TOKEN);
    assertEquals(200, d.statusCode(), d.body());
    assertTrue(json(d).path("deleted").asBoolean());
    assertEquals(0, hits(open, "zyxwvut"));
    assertError(open.get("/api/releases/test-release"), 404, "test-release");
    assertError(delete(open, "test-release", "Bearer " + TOKEN), 404, "test-release");
  }

  @Test
  void htmlBodiesAreParsedAsHtml() throws Exception {
    String html = "<!doctype html><html><head><meta charset=utf-8><title>Qwertzu briefing</title></head><body>"
        + "<article><h1>Qwertzu briefing</h1><p>The qwertzu programme links finance and logistics.</p>"
        + "<p>A second qwertzu paragraph &amp; more.</p></article></body></html>";
    HttpResponse<String> r = post(open, "?name=qwertzu.html", "text/html", html, "Bearer " + TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode release = open.getJson("/api/releases/qwertzu");
    release.path("paragraphs").forEach(p -> assertTrue(!p.path("text").asText().contains("<p>"), p.toString()));
    assertTrue(release.path("paragraphs").toString().contains("A second qwertzu paragraph & more."));
    assertEquals(200, delete(open, "qwertzu", "Bearer " + TOKEN).statusCode());
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    assertError(post(open, "?name=big", "text/plain", "滬港合作".repeat(1_000), "Bearer " + TOKEN), 413, "4096");
    assertTrue(open.archive().release("big").isEmpty());
  }

  @Test
  void unusableBodiesAreRefusedWithTheReason() throws Exception {
    assertError(post(open, "", "application/json", "{}", "Bearer " + TOKEN), 415, "text/plain", "text/html");
    assertError(post(open, "", null, RELEASE, "Bearer " + TOKEN), 415, "text/plain");
    assertError(post(open, "", "text/plain; charset=iso-8859-1", RELEASE, "Bearer " + TOKEN), 415, "UTF-8");
    assertError(post(open, "", "text/plain", "", "Bearer " + TOKEN), 400);
    assertError(post(open, "?title=x", "text/plain", RELEASE, "Bearer " + TOKEN), 400, "title");
  }

  @Test
  void backupThroughTheApiCopiesTheIndexAndRefusesAFolderInUse(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    try (io.pressroom.core.Archive onDisk = io.pressroom.core.Archive.open(io.pressroom.lucene.LuceneStore.open(tmp.resolve("index")));
        LiveServer server = LiveServer.over(onDisk, c -> c.withAdminToken(TOKEN))) {
      Corpus.ingestInto(onDisk);
      java.nio.file.Path used = java.nio.file.Files.createDirectories(tmp.resolve("used"));
      java.nio.file.Files.writeString(used.resolve("notes.txt"), "not an index");
      HttpResponse<String> refused = server.post("/api/backup?to=" + enc(used.toString()), "text/plain", "", "Bearer " + TOKEN);
      assertError(refused, 409, "not empty");
      assertEquals("backup_folder_not_empty", json(refused).path("error").path("code").asText());
      assertEquals(java.util.List.of("notes.txt"), java.util.List.of(used.toFile().list()), "the folder is left as it was");

      java.nio.file.Path fresh = tmp.resolve("fresh");
      HttpResponse<String> done = server.post("/api/backup?to=" + enc(fresh.toString()), "text/plain", "", "Bearer " + TOKEN);
      assertEquals(200, done.statusCode(), done.body());
      assertTrue(java.nio.file.Files.exists(fresh.resolve(io.pressroom.lucene.LuceneStore.BACKUP_COMPLETE)));
      try (io.pressroom.core.Archive copy = io.pressroom.core.Archive.open(io.pressroom.lucene.LuceneStore.openReadOnly(fresh))) {
        assertEquals(onDisk.paragraphCount(), copy.paragraphCount(), "the backup holds every paragraph");
      }
    }
  }
}
