package io.pressroom.http;

import static io.pressroom.testing.Corpus.HKCD;
import static io.pressroom.testing.Corpus.ISD;
import static io.pressroom.testing.LiveServer.assertError;
import static io.pressroom.testing.LiveServer.assertJsonUtf8;
import static io.pressroom.testing.LiveServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.json.PressroomJson;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read endpoints over HTTP on the shipped corpus: answers, facets, paging and errors. */
class ReadApiTest {
  /** The seed's green-finance clause. */
  private static final Paragraph GREEN_FINANCE = Corpus.seed().paragraph("綠色金融產品研發");

  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus();
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  private static Map<String, Long> areaCounts(JsonNode result) {
    return valueCounts(result, "area");
  }

  private static Map<String, Long> valueCounts(JsonNode result, String dim) {
    Map<String, Long> counts = new HashMap<>();
    result.path("facets").path(dim).forEach(a -> counts.put(a.path("value").asText(), a.path("count").asLong()));
    return counts;
  }

  @Test
  void healthReportsTheOpenIndex() throws Exception {
    JsonNode h = http.getJson("/health");
    assertEquals("ok", h.path("status").asText());
    assertEquals(http.archive().paragraphCount(), h.path("paragraphs").asLong());
    assertTrue(h.path("paragraphs").asLong() > 100);
  }

  @Test
  void everyJsonAnswerSaysUtf8() throws Exception {
    for (String path : List.of("/health", "/api/search?q=" + enc("滬港"), "/api/releases", "/api/areas",
        "/api/agreements", "/openapi.json", "/api/search?size=-1", "/no/such/route")) {
      assertJsonUtf8(http.get(path));
    }
    assertEquals("text/html;charset=utf-8",
        http.get("/").headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
  }

  @Test
  void simplifiedQueryFindsTheTraditionalClause() throws Exception {
    JsonNode r = http.getJson("/api/search?q=" + enc("绿色金融"));
    JsonNode hit = null;
    for (JsonNode h : r.path("hits")) {
      if (h.path("id").asText().equals(GREEN_FINANCE.id())) {
        hit = h;
      }
    }
    assertTrue(hit != null, "the green-finance clause among " + ids(r));
    assertTrue(hit.path("text").asText().contains("綠色金融"));
    assertEquals("clause", hit.path("kind").asText());
    assertEquals("finance", hit.path("area").path("id").asText());
    assertTrue(hit.path("score").isNumber());
    String highlight = hit.path("highlights").get(0).asText();
    assertTrue(highlight.contains("<mark>") && highlight.contains("</mark>"), highlight);
    assertTrue(r.path("took_ms").isNumber());
    assertFalse(r.path("timed_out").asBoolean());
    assertTrue(r.path("notices").isArray());
  }

  @Test
  void hitsAreTheSharedParagraphJsonPlusScoreHighlightsAndAlsoIn() throws Exception {
    JsonNode r = http.getJson("/api/search?q=" + enc("沪港") + "&size=20");
    assertTrue(r.path("total").asLong() >= 20, r.toString());
    assertTrue(ids(r).stream().anyMatch(id -> id.startsWith(HKCD)));
    for (JsonNode hit : r.path("hits")) {
      ObjectNode paragraph = ((ObjectNode) hit.deepCopy());
      // The other releases that carry the same text (none in the shipped corpus).
      assertEquals(PressroomJson.MAPPER.createArrayNode(), hit.path("also_in"), hit.path("id").asText());
      paragraph.remove(List.of("score", "highlights", "also_in"));
      assertEquals(PressroomJson.paragraph(http.archive().paragraph(hit.path("id").asText()).orElseThrow()), paragraph);
    }
    assertTrue(r.path("hits").get(0).path("highlights").get(0).asText().contains("<mark>"), r.toString());
    boolean traditionalText = false;
    for (JsonNode hit : r.path("hits")) {
      traditionalText |= hit.path("text").asText().contains("滬港");
    }
    assertTrue(traditionalText, "the Simplified query 沪港 finds the Traditional 滬港");
  }

  @Test
  void areaFacetCountsStayDrillSidewaysWhenAnAreaIsSelected() throws Exception {
    JsonNode all = http.getJson("/api/search?kind=clause&size=0");
    JsonNode finance = http.getJson("/api/search?kind=clause&area=finance&size=100");
    Map<String, Long> before = areaCounts(all);
    Map<String, Long> after = areaCounts(finance);
    assertTrue(before.size() >= 15, before.toString());
    assertEquals(before, after, "a dimension's counts ignore its own selection");
    assertEquals(before.get("finance").longValue(), finance.path("total").asLong());
    finance.path("hits").forEach(h -> assertEquals("finance", h.path("area").path("id").asText()));
    // Other dimensions are narrowed by the area selection.
    assertEquals(finance.path("total").asLong(), valueCounts(finance, "kind").get("clause").longValue());
    JsonNode area = finance.path("facets").path("area").get(0);
    assertTrue(area.path("labels").has("zh-Hant") && area.path("labels").has("zh-Hans") && area.path("labels").has("en"));
  }

  @Test
  void facetLimitCutsTheLongListsAndKeepsAreasWhole() throws Exception {
    JsonNode all = http.getJson("/api/search?size=0&facet_limit=200");
    JsonNode cut = http.getJson("/api/search?size=0&facet_limit=2");
    assertTrue(all.path("facets").path("agreement").size() > 2, "the corpus has more than two agreements");
    assertEquals(2, cut.path("facets").path("agreement").size());
    // The two kept are the two counted most.
    long second = all.path("facets").path("agreement").get(1).path("count").asLong();
    cut.path("facets").path("agreement").forEach(v -> assertTrue(v.path("count").asLong() >= second));
    assertEquals(areaCounts(all), areaCounts(cut), "areas are counted whole whatever the limit");
    assertEquals(all.path("facets").path("kind").size(), cut.path("facets").path("kind").size());
    assertError(http.get("/api/search?facet_limit=0"), 400, "facet_limit", "0");
    assertError(http.get("/api/search?facet_limit=201"), 400, "facet_limit", "201");
  }

  @Test
  void twoAreasAreOred() throws Exception {
    long finance = http.getJson("/api/search?area=finance&size=0").path("total").asLong();
    long sports = http.getJson("/api/search?area=sports&size=0").path("total").asLong();
    long both = http.getJson("/api/search?area=finance&area=sports&size=0").path("total").asLong();
    assertTrue(finance > 0 && sports > 0);
    assertEquals(finance + sports, both);
  }

  @Test
  void areaFilterTakesIdOrLabelInAnyScriptAndCase() throws Exception {
    List<String> byId = ids(http.getJson("/api/search?area=finance&size=100&sort=position"));
    assertFalse(byId.isEmpty());
    for (String name : List.of("金融", "Finance", "FINANCE")) {
      assertEquals(byId, ids(http.getJson("/api/search?size=100&sort=position&area=" + enc(name))), name);
    }
    assertEquals(ids(http.getJson("/api/search?size=100&sort=position&area=medical-health")),
        ids(http.getJson("/api/search?size=100&sort=position&area=" + enc("医疗卫生"))));
  }

  @Test
  void emptyQueryWithFiltersListsParagraphsInDocumentOrder() throws Exception {
    JsonNode r = http.getJson("/api/search?release=" + HKCD + "&kind=agreement&size=100");
    assertEquals(20, r.path("total").asLong());
    // The seed's agreements (一)…(二十), in the order the parser gives them.
    List<String> expected = Corpus.seed().paragraphs().stream()
        .filter(p -> p.kind() == Kind.AGREEMENT).map(Paragraph::id).toList();
    assertEquals(expected, ids(r));
  }

  @Test
  void pagesDoNotOverlapAndCoverTheTotal() throws Exception {
    String base = "/api/search?release=" + HKCD + "&sort=position&size=25";
    JsonNode first = http.getJson(base + "&from=0");
    long total = first.path("total").asLong();
    Set<String> seen = new TreeSet<>(ids(first));
    for (int from = 25; from < total; from += 25) {
      List<String> page = ids(http.getJson(base + "&from=" + from));
      page.forEach(id -> assertTrue(seen.add(id), "seen twice: " + id));
    }
    assertEquals(total, seen.size());
  }

  @Test
  void pagingOutOfBoundsIsRefusedNamingTheParameter() throws Exception {
    assertError(http.get("/api/search?q=a&size=101"), 400, "size", "101");
    assertError(http.get("/api/search?q=a&size=-1"), 400, "size");
    assertError(http.get("/api/search?q=a&size=abc"), 400, "size", "abc");
    assertError(http.get("/api/search?q=a&from=-1"), 400, "from", "-1");
    assertError(http.get("/api/search?q=a&from=1.5"), 400, "from", "1.5");
    assertError(http.get("/api/search?q=a&from=9995&size=10"), 400, "from", "cursor");
    assertError(http.get("/api/search?q=a&size=99999999999"), 400, "size");
  }

  @Test
  void badValuesAreRefusedNamingParameterAndValue() throws Exception {
    assertError(http.get("/api/search?from_date=2024-13-01"), 400, "from_date", "2024-13-01");
    assertError(http.get("/api/search?to_date=" + enc("26/04/2024")), 400, "to_date", "26/04/2024");
    assertError(http.get("/api/search?from_date=2024-05-01&to_date=2024-04-01"), 400, "from_date", "to_date");
    assertError(http.get("/api/search?kind=table"), 400, "kind", "table");
    assertError(http.get("/api/search?agreement=three"), 400, "agreement", "three");
    assertError(http.get("/api/search?lang=fr"), 400, "lang", "fr");
    assertError(http.get("/api/search?sort=newest"), 400, "sort", "newest");
    assertError(http.get("/api/search?q=a&q=b"), 400, "q", "2 times");
    assertError(http.get("/api/search?q=" + "a".repeat(1001)), 400, "q", "1001", "1000");
  }

  @Test
  void unknownParametersAreRefused() throws Exception {
    assertError(http.get("/api/search?aera=finance"), 400, "aera", "area");
    assertError(http.get("/api/releases?page=2"), 400, "page");
    assertError(http.get("/api/agreements?releases=x"), 400, "releases");
    assertError(http.get("/api/paragraphs/" + enc(Corpus.seed().ids().get(0)) + "?verbose=1"), 400, "verbose");
  }

  @Test
  void oddQueriesNeverFailTheServer() throws Exception {
    for (String q : List.of("\"", "AND", "(", ")", "*", "?", "\\", "a:b", "title:", "OR OR", "~", "^2", "[a TO",
        "\"綠色", "-", "+", "/", "🙂", "𨋢", "\u0000", "滬港 AND (金融 OR")) {
      HttpResponse<String> r = http.get("/api/search?q=" + enc(q));
      assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " answered " + r.statusCode() + ": " + r.body());
      assertJsonUtf8(r);
    }
  }

  @Test
  void paragraphByIdWithEncodedHash() throws Exception {
    JsonNode p = http.getJson("/api/paragraphs/" + GREEN_FINANCE.id().replace("#", "%23"));
    assertEquals(GREEN_FINANCE.id(), p.path("id").asText());
    assertEquals(GREEN_FINANCE.position(), p.path("position").asInt());
    assertEquals(GREEN_FINANCE.text(), p.path("text").asText());
    assertEquals(PressroomJson.paragraph(http.archive().paragraph(GREEN_FINANCE.id()).orElseThrow()), p);
    assertError(http.get("/api/paragraphs/" + HKCD + "%23999"), 404, HKCD + "#999");
    assertError(http.get("/api/paragraphs/" + HKCD), 404, "%23");
  }

  @Test
  void releasesAreListedAndShownWithTheirParagraphsInOrder() throws Exception {
    JsonNode list = http.getJson("/api/releases");
    assertEquals(2, list.path("total").asInt());
    Set<String> listed = new TreeSet<>();
    list.path("releases").forEach(r -> {
      listed.add(r.path("id").asText());
      assertTrue(r.path("paragraphs").asInt() > 50, r.toString());
    });
    assertEquals(Set.of(HKCD, ISD), listed);

    JsonNode release = http.getJson("/api/releases/" + HKCD);
    assertEquals(HKCD, release.path("release").path("id").asText());
    assertTrue(release.path("release").path("title").asText().contains("滬港合作會議"));
    int expected = 1;
    for (JsonNode p : release.path("paragraphs")) {
      assertEquals(expected++, p.path("position").asInt());
    }
    assertEquals(64, expected - 1);
    assertError(http.get("/api/releases/no-such-release"), 404, "no-such-release");
  }

  @Test
  void areasAreTheTaxonomyWithCounts() throws Exception {
    JsonNode areas = http.getJson("/api/areas").path("areas");
    assertTrue(areas.size() >= 15);
    JsonNode first = areas.get(0);
    assertEquals("belt-road-trade", first.path("id").asText());
    Map<String, Long> counts = new HashMap<>();
    areas.forEach(a -> counts.put(a.path("id").asText(), a.path("count").asLong()));
    assertEquals(counts.get("finance"), http.getJson("/api/search?area=finance&size=0").path("total").asLong());
    assertEquals("金融", areas.findParents("id").stream()
        .filter(a -> a.path("id").asText().equals("finance")).findFirst().orElseThrow()
        .path("labels").path("zh-Hant").asText());
  }

  @Test
  void agreementsOfOneReleaseOrAll() throws Exception {
    JsonNode one = http.getJson("/api/agreements?release=" + HKCD);
    assertEquals(20, one.path("total").asInt());
    int n = 1;
    for (JsonNode a : one.path("agreements")) {
      assertEquals(n++, a.path("number").asInt());
      assertEquals(HKCD, a.path("release_id").asText());
      assertFalse(a.path("title").asText().isEmpty());
      assertTrue(a.path("parties").isArray());
      assertTrue(a.has("type") && a.has("type_label"));
      assertTrue(a.path("paragraph_id").asText().startsWith(HKCD + "#"));
    }
    JsonNode first = one.path("agreements").get(0);
    assertEquals(List.of("香港特別行政區律政司", "華東政法大學"),
        List.of(first.path("parties").get(0).asText(), first.path("parties").get(1).asText()));
    JsonNode all = http.getJson("/api/agreements");
    assertTrue(all.path("total").asInt() > 20, "both releases' agreements: " + all.path("total"));
    assertError(http.get("/api/agreements?release=nope"), 404, "nope");
  }

  @Test
  void unknownRoutesAndWrongMethodsAreJson() throws Exception {
    assertError(http.get("/api/nothing"), 404, "/api/nothing");
    assertError(http.get("/api/search/extra"), 404);
    assertError(http.send(http.request("/api/search").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("x"))),
        405, "PUT");
    assertError(http.send(http.request("/api/areas").DELETE()), 405, "DELETE");
  }

  @Test
  void malformedUrlsAreAnsweredWithJsonToo() throws Exception {
    String raw = http.raw("GET /api/paragraphs/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
    assertTrue(raw.toLowerCase().replace(" ", "").contains("content-type:application/json;charset=utf-8"), raw);
    assertTrue(raw.contains("\"error\""), raw);
  }

  @Test
  void responsesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> api = http.get("/api/areas");
    assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
    HttpResponse<String> page = http.get("/");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertTrue(page.body().contains("/static/app.js"));
    HttpResponse<String> js = http.get("/static/app.js");
    assertEquals(200, js.statusCode());
    String etag = js.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, http.send(http.request("/static/app.js").header("If-None-Match", etag)).statusCode());
    assertError(http.get("/static/secret.txt"), 404, "secret.txt");
    assertNotEquals(200, http.get("/static/..%2Fopenapi.json").statusCode());
  }

  @Test
  void theReleaseListingPages() throws Exception {
    JsonNode first = http.getJson("/api/releases?size=1");
    assertEquals(2, first.path("total").asInt());
    assertEquals(0, first.path("from").asInt());
    assertEquals(1, first.path("size").asInt());
    assertEquals(1, first.path("next_from").asInt());
    assertEquals(1, first.path("releases").size());
    JsonNode second = http.getJson("/api/releases?size=1&from=" + first.path("next_from").asInt());
    assertTrue(second.path("next_from").isNull(), second.toString());
    assertNotEquals(first.path("releases").get(0).path("id"), second.path("releases").get(0).path("id"));
    // Newest first: the Chinese report (19:58) before the English release (19:30).
    assertEquals(HKCD, first.path("releases").get(0).path("id").asText());
    JsonNode all = http.getJson("/api/releases");
    assertEquals(100, all.path("size").asInt(), "a page of 100 by default");
    assertEquals(2, all.path("releases").size());
    assertTrue(all.path("next_from").isNull());
    assertEquals(0, http.getJson("/api/releases?from=5").path("releases").size());
    assertError(http.get("/api/releases?size=1001"), 400, "size", "1000", "1001");
    assertError(http.get("/api/releases?from=-1"), 400, "from", "-1");
    assertError(http.get("/api/releases?size=x"), 400, "size", "x");
  }

  @Test
  void aCursorBelongsToItsSearchAndIsNotGivenWithFrom() throws Exception {
    String base = "/api/search?sort=position&size=5&q=" + enc("合作");
    JsonNode first = http.getJson(base);
    String cursor = first.path("next_cursor").asText();
    assertFalse(cursor.isEmpty(), first.toString());
    JsonNode second = http.getJson(base + "&cursor=" + enc(cursor));
    Set<String> seen = new TreeSet<>(ids(first));
    ids(second).forEach(id -> assertTrue(seen.add(id), "seen twice: " + id));
    assertError(http.get(base + "&from=5&cursor=" + enc(cursor)), 400, "cursor", "from");
    assertError(http.get(base + "&from=0&cursor=" + enc(cursor)), 400, "cursor", "from");
    assertError(http.get("/api/search?sort=position&size=5&q=" + enc("金融") + "&cursor=" + enc(cursor)), 400, "cursor",
        "another search");
    assertError(http.get(base + "&area=finance&cursor=" + enc(cursor)), 400, "cursor");
    assertError(http.get(base + "&cursor=not-a-cursor"), 400, "cursor");
  }

  @Test
  void headAnswersAsGetDoesWithoutABody() throws Exception {
    for (String path : List.of("/api/search?q=" + enc("滬港"), "/api/areas", "/api/releases", "/api/releases/" + HKCD,
        "/api/agreements", "/health", "/openapi.json", "/", "/releases/" + HKCD, "/compare?a=x", "/static/app.css",
        "/favicon.ico", "/api/search.csv?q=" + enc("滬港"), "/api/search.atom", "/api/compare?a=" + HKCD + "&b=" + HKCD)) {
      HttpResponse<String> get = http.get(path);
      HttpResponse<String> head = http.send(http.request(path).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
      assertEquals(get.statusCode(), head.statusCode(), path);
      assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
      assertEquals("", head.body(), path);
    }
    HttpResponse<String> head = http.send(http.request("/api/search?size=101").method("HEAD",
        java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertEquals(400, head.statusCode());
  }

  @Test
  void theViewsOfThePageAndItsIconAreServed() throws Exception {
    for (String path : List.of("/", "/releases/" + HKCD, "/releases/no-such-release", "/compare?a=" + HKCD + "&b=" + ISD)) {
      HttpResponse<String> page = http.get(path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(page.body().contains("/static/app.js"), path);
      assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
    }
    HttpResponse<byte[]> icon = java.net.http.HttpClient.newHttpClient().send(http.request("/favicon.ico").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, icon.statusCode());
    assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
    assertEquals(List.of(0, 0, 1, 0), List.of((int) icon.body()[0], (int) icon.body()[1], (int) icon.body()[2],
        (int) icon.body()[3]), "an ICO header");
  }
}
