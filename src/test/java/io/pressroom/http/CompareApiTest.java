package io.pressroom.http;

import static io.pressroom.testing.Corpus.HKCD;
import static io.pressroom.testing.Corpus.ISD;
import static io.pressroom.testing.LiveServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.core.Archive;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.model.Kind;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/compare}: the fifth and sixth Shanghai sessions side by side. */
class CompareApiTest {
  /** The fifth Shanghai–Hong Kong session (a fixture; the corpus has the sixth). */
  static final Path FIFTH_FILE = Path.of("src/test/resources/fixtures/corpus/2021-08-30-isd-shanghai-5th-zh.txt");
  static final String FIFTH = "2021-08-30-isd-shanghai-5th-zh";

  private static Archive archive;
  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    archive = Corpus.corpusArchive();
    archive.put(ReleaseParser.standard().parseFile(FIFTH_FILE));
    http = LiveServer.over(archive, c -> c);
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
    archive.close();
  }

  private static String text(JsonNode diff, String without) {
    StringBuilder b = new StringBuilder();
    diff.forEach(s -> {
      if (!s.path("op").asText().equals(without)) {
        b.append(s.path("text").asText());
      }
    });
    return b.toString();
  }

  @Test
  void theFifthAndSixthSessionsAreComparedAreaByArea() throws Exception {
    JsonNode c = http.getJson("/api/compare?a=" + FIFTH + "&b=" + HKCD);
    assertEquals(FIFTH, c.path("a").path("id").asText());
    assertEquals(HKCD, c.path("b").path("id").asText());
    assertEquals(5, c.path("a").path("conference").path("session").asInt());
    List<String> areas = new ArrayList<>();
    c.path("areas").forEach(a -> areas.add(a.path("area").path("id").asText()));
    assertEquals("belt-road-trade", areas.get(0), "taxonomy order first");
    JsonNode digital = c.path("areas").get(areas.indexOf("digital-economy"));
    assertEquals("數字經濟", digital.path("area").path("labels").path("zh-Hant").asText());
    assertEquals(2, digital.path("counts").path("new").asInt());
    long clausesA = 0;
    long clausesB = 0;
    for (JsonNode area : c.path("areas")) {
      for (JsonNode row : area.path("clauses")) {
        String status = row.path("status").asText();
        clausesA += row.path("a").isNull() ? 0 : 1;
        clausesB += row.path("b").isNull() ? 0 : 1;
        assertEquals(status.equals("new"), row.path("a").isNull(), row.toString());
        assertEquals(status.equals("dropped"), row.path("b").isNull(), row.toString());
        if (!row.path("a").isNull()) {
          assertEquals(row.path("a").path("text").asText(), text(row.path("diff"), "insert"));
        }
        if (!row.path("b").isNull()) {
          assertEquals(row.path("b").path("text").asText(), text(row.path("diff"), "delete"));
          assertEquals(archive.paragraph(row.path("b").path("id").asText()).orElseThrow().text(),
              row.path("b").path("text").asText());
        }
        assertTrue(row.path("html").asText().replaceAll("</?(del|ins)>", "").indexOf('<') < 0, row.toString());
      }
    }
    assertEquals(Corpus.seed().paragraphs().stream().filter(p -> p.kind() == Kind.CLAUSE).count(), clausesB);
    assertEquals(clausesA + clausesB, 2 * (c.path("counts").path("reworded").asLong() + c.path("counts").path("unchanged").asLong())
        + c.path("counts").path("new").asLong() + c.path("counts").path("dropped").asLong());

    JsonNode again = null;
    for (JsonNode row : c.path("agreements")) {
      if (row.path("status").asText().equals("reworded")) {
        again = row;
      }
    }
    assertTrue(again != null, "the innovation and technology memorandum is signed again");
    assertTrue(again.path("b").path("title").asText().contains("滬港創新及科技合作備忘錄"));
    assertTrue(again.path("html").asText().contains("<ins>"), again.toString());
    assertEquals(20, c.path("agreements").findValues("b").stream().filter(b -> !b.isNull()).count());
  }

  @Test
  void aReleaseComparedWithItselfHasNoChanges() throws Exception {
    JsonNode c = http.getJson("/api/compare?a=" + ISD + "&b=" + ISD);
    assertEquals(0, c.path("counts").path("new").asInt() + c.path("counts").path("dropped").asInt()
        + c.path("counts").path("reworded").asInt());
    assertTrue(c.path("counts").path("unchanged").asInt() > 30);
  }

  @Test
  void badComparisonsAreRefused() throws Exception {
    assertError(http.get("/api/compare?a=" + HKCD), 400, "b");
    assertError(http.get("/api/compare?b=" + HKCD), 400, "a");
    assertError(http.get("/api/compare?a=" + HKCD + "&a=" + FIFTH + "&b=" + HKCD), 400, "a", "2 times");
    assertError(http.get("/api/compare?a=" + FIFTH + "&b=" + ISD), 400, "zh-Hant", "en", ISD);
    assertError(http.get("/api/compare?a=nope&b=" + HKCD), 404, "nope", "a");
    assertError(http.get("/api/compare?a=" + HKCD + "&b=nope"), 404, "nope", "b");
    assertError(http.get("/api/compare?a=" + HKCD + "&b=" + HKCD + "&c=x"), 400, "c");
  }
}
