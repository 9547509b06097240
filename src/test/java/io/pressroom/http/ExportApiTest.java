package io.pressroom.http;

import static io.pressroom.testing.LiveServer.assertError;
import static io.pressroom.testing.LiveServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.json.HitExport;
import io.pressroom.json.PressroomJson;
import io.pressroom.model.Paragraph;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hits of a search as CSV and NDJSON, and its newest hits as an Atom feed. */
class ExportApiTest {
  private static final String TOKEN = "export-test-token";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Paragraph GREEN_FINANCE = Corpus.seed().paragraph("綠色金融產品研發");

  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus(c -> c.withAdminToken(TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  private static long total(String query) throws Exception {
    return http.getJson("/api/search?size=0&" + query).path("total").asLong();
  }

  private static List<String> searchIds(String query) throws Exception {
    List<String> ids = new ArrayList<>();
    http.getJson("/api/search?size=100&" + query).path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  /** The rows of an RFC 4180 text (quoted cells may hold commas, quotes and line breaks). */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertTrue(row.isEmpty() && cell.isEmpty(), "the last row ends with CRLF");
    return rows;
  }

  private static String column(List<String> row, String name) {
    return row.get(HitExport.COLUMNS.indexOf(name));
  }

  @Test
  void csvHasEveryHitWithTheDocumentedColumns() throws Exception {
    String query = "sort=position";
    HttpResponse<String> r = http.get("/api/search.csv?" + query);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/csv;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"pressroom-search.csv\""));
    assertTrue(r.body().startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8");
    List<List<String>> rows = csv(r.body().substring(1));
    assertEquals(HitExport.COLUMNS, rows.get(0));
    long total = total(query);
    assertTrue(total > 100, "more hits than one page: " + total);
    assertEquals(total, rows.size() - 1, "every hit, not a page");
    rows.subList(1, rows.size()).forEach(row -> assertEquals(HitExport.COLUMNS.size(), row.size(), row.toString()));
    assertEquals(searchIds(query), rows.subList(1, 101).stream().map(row -> column(row, "id")).toList(), "the search's order");

    List<String> green = rows.stream().filter(row -> column(row, "id").equals(GREEN_FINANCE.id())).findFirst().orElseThrow();
    assertEquals(Corpus.HKCD, column(green, "release"));
    assertEquals("2024-04-26T19:58:59+08:00", column(green, "published"));
    assertEquals("shanghai", column(green, "conference"));
    assertEquals("6", column(green, "session"));
    assertEquals("clause", column(green, "kind"));
    assertEquals("finance", column(green, "area"));
    assertEquals("金融", column(green, "area_zh"));
    assertEquals("Finance", column(green, "area_en"));
    assertEquals(GREEN_FINANCE.text(), column(green, "text"));
    assertEquals("", column(green, "score"), "no score in document order");
    assertTrue(column(green, "counterpart").startsWith(Corpus.ISD + "#"));

    List<String> agreement = rows.stream().filter(row -> column(row, "agreement").equals(Corpus.HKCD + "#a1"))
        .findFirst().orElseThrow();
    assertEquals("1", column(agreement, "agreement_number"));
    assertEquals("香港特別行政區律政司; 華東政法大學", column(agreement, "agreement_parties"));
  }

  @Test
  void ndjsonLinesAreParagraphsWithTheirScore() throws Exception {
    String query = "q=" + enc("绿色金融");
    HttpResponse<String> r = http.get("/api/search.ndjson?" + query);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/x-ndjson;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    String[] lines = r.body().split("\n");
    assertEquals(total(query), lines.length);
    assertTrue(r.body().endsWith("\n"));
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      ObjectNode hit = (ObjectNode) LiveServer.json(line);
      assertTrue(hit.path("score").isNumber(), "ordered by relevance: " + line);
      ids.add(hit.path("id").asText());
      hit.remove("score");
      assertEquals(PressroomJson.paragraph(http.archive().paragraph(ids.get(ids.size() - 1)).orElseThrow()), hit);
    }
    assertEquals(searchIds(query), ids);
  }

  @Test
  void filtersApplyAndMaxBoundsTheExport() throws Exception {
    String query = "area=finance&kind=clause&lang=zh-Hant";
    List<List<String>> rows = csv(http.get("/api/search.csv?" + query).body().substring(1));
    assertEquals(total(query), rows.size() - 1);
    rows.subList(1, rows.size()).forEach(row -> {
      assertEquals("finance", column(row, "area"));
      assertEquals("zh-Hant", column(row, "lang"));
    });
    assertEquals(3, http.get("/api/search.ndjson?max=3&" + query).body().split("\n").length);
    assertEquals(4, csv(http.get("/api/search.csv?max=3&" + query).body().substring(1)).size());
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingIsSent() throws Exception {
    assertError(http.get("/api/search.csv?max=0"), 400, "max", "100000");
    assertError(http.get("/api/search.csv?max=100001"), 400, "max", "100001");
    assertError(http.get("/api/search.ndjson?area=nowhere"), 400, "area", "nowhere");
    assertError(http.get("/api/search.ndjson?from=10"), 400, "from");
    assertError(http.get("/api/search.csv?size=10"), 400, "size");
    assertError(http.get("/api/search.csv?sort=newest"), 400, "sort", "newest");
    assertError(http.get("/api/search.atom?size=0"), 400, "size");
    assertError(http.get("/api/search.atom?size=101"), 400, "size");
    assertError(http.get("/api/search.atom?sort=date"), 400, "sort");
    assertError(http.get("/api/search.atom?lang=fr"), 400, "lang", "fr");
  }

  private static Document xml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String child(Element e, String name) {
    return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  private static List<Element> entries(Document feed) {
    NodeList list = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void theAtomFeedHasTheNewestParagraphsAndGainsEntriesAfterAnIngest() throws Exception {
    String path = "/api/search.atom?size=5&q=" + enc("綠色金融");
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/atom+xml;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    Document feed = xml(r.body());
    assertEquals("feed", feed.getDocumentElement().getLocalName());
    assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
    assertTrue(child(feed.getDocumentElement(), "title").contains("綠色金融"));
    List<Element> before = entries(feed);
    assertEquals(Math.min(5, total("q=" + enc("綠色金融"))), before.size());
    Set<String> ids = new HashSet<>();
    OffsetDateTime previous = null;
    for (Element e : before) {
      assertTrue(child(e, "id").startsWith("urn:pressroom:paragraph:"));
      assertTrue(ids.add(child(e, "id")));
      OffsetDateTime published = OffsetDateTime.parse(child(e, "published"));
      assertTrue(previous == null || !published.isAfter(previous), "newest first");
      previous = published;
      String href = ((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
      assertTrue(href.startsWith(http.uri("/releases/").toString()) && href.contains("?p="), href);
      String paragraphId = java.net.URLDecoder.decode(child(e, "id").substring("urn:pressroom:paragraph:".length()), StandardCharsets.UTF_8);
      assertEquals(http.archive().paragraph(paragraphId).orElseThrow().text(), child(e, "content"));
    }

    // A newer release that matches: after its ingest it is the feed's first entry.
    String release = String.join("\n", "Green finance <pilot> & more", "", "2025-06-01 09:00:00", "",
        "The new green finance pilot <b>starts</b> & grows \u0001 today.");
    assertEquals(201, http.post("/api/releases?name=feed-test.txt", "text/plain; charset=utf-8", release, "Bearer " + TOKEN)
        .statusCode());
    List<Element> after = entries(xml(http.get(path).body()));
    Element first = after.get(0);
    assertTrue(child(first, "id").contains("feed-test"), child(first, "id"));
    assertTrue(child(first, "content").contains("<b>starts</b> & grows"), child(first, "content"));
    assertTrue(child(first, "title").contains("<pilot>"));
    assertFalse(ids.contains(child(first, "id")), "a new entry");
    assertTrue(OffsetDateTime.parse(child(feed.getDocumentElement(), "updated")).isBefore(
        OffsetDateTime.parse(child(xml(http.get(path).body()).getDocumentElement(), "updated"))));
    assertEquals(200, http.delete("/api/releases/feed-test", "Bearer " + TOKEN).statusCode());
  }

  @Test
  void aCellThatLooksLikeAFormulaIsNotOne() throws Exception {
    String release = String.join("\n", "Formula test release", "", "2024-05-03 09:00:00", "",
        "=HYPERLINK(\"http://example.invalid\",\"qqformula\")", "", "@qqformula, \"quoted\" and\na line break");
    assertEquals(201, http.post("/api/releases?name=formula-test.txt", "text/plain; charset=utf-8", release, "Bearer " + TOKEN)
        .statusCode());
    try {
      List<List<String>> rows = csv(http.get("/api/search.csv?sort=position&q=qqformula").body().substring(1));
      List<String> texts = rows.subList(1, rows.size()).stream().map(row -> column(row, "text")).toList();
      assertTrue(texts.contains("'=HYPERLINK(\"http://example.invalid\",\"qqformula\")"), texts.toString());
      assertTrue(texts.stream().anyMatch(t -> t.startsWith("'@qqformula, \"quoted\"")), texts.toString());
    } finally {
      http.delete("/api/releases/formula-test", "Bearer " + TOKEN);
    }
  }
}
