package io.pressroom.ingest;

import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.model.Area;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import static io.pressroom.ingest.SeedArticle.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped seed article, parsed from corpus/ and checked against what a reader finds in it. */
class SeedArticleTest {
  private static ParsedRelease parsed;

  @BeforeAll
  static void parse() throws IngestException {
    parsed = SeedArticle.parse();
  }

  @Test
  void releaseMetadata() {
    Release r = parsed.release();
    SeedArticle.assertSeedMetadata(r);
    assertEquals(SeedArticle.FILE.toString(), r.file());
  }

  @Test
  void paragraphsAreNumberedContiguously() {
    List<Paragraph> ps = parsed.paragraphs();
    assertEquals(SeedArticle.PARAGRAPHS, ps.size());
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      assertEquals(i + 1, p.position());
      assertEquals(SeedArticle.ID + "#" + (i + 1), p.id());
      assertEquals(parsed.release(), p.release());
      assertEquals("zh-Hant", p.lang(), p.id());
    }
  }

  @Test
  void fifteenAreasWithTheirClausesInOrder() {
    List<Paragraph> clauses = SeedArticle.ofKind(parsed, Kind.CLAUSE);
    assertEquals(35, clauses.size());
    assertEquals(
        SeedArticle.AREA_IDS,
        AreaTaxonomy.standard().areas().stream().map(Area::id).collect(Collectors.toList()),
        "the seed's areas are the taxonomy, in its order");
    int c = 0;
    for (int a = 0; a < SeedArticle.AREA_LINES.length; a++) {
      int[] lines = SeedArticle.AREA_LINES[a];
      String heading = line(lines[0]);
      assertEquals(SeedArticle.CLAUSES_PER_AREA.get(a), lines.length - 1, heading);
      for (int k = 1; k < lines.length; k++) {
        Paragraph clause = clauses.get(c++);
        assertEquals(line(lines[k]), clause.text());
        assertEquals(heading, clause.section());
        assertEquals(SeedArticle.AREA_IDS.get(a), clause.area().id());
        assertEquals(heading, clause.area().label("zh-Hant"));
        assertNull(clause.agreement());
      }
    }
  }

  @Test
  void twentyAgreementsWithTitlesTypesAndParties() {
    List<Paragraph> agreements = SeedArticle.ofKind(parsed, Kind.AGREEMENT);
    assertEquals(SeedArticle.AGREEMENTS.stream().map(a -> a.inRelease(parsed.release().id())).toList(),
        agreements.stream().map(Paragraph::agreement).collect(Collectors.toList()));
    for (int i = 0; i < agreements.size(); i++) {
      Paragraph p = agreements.get(i);
      assertEquals(line(135 + 2 * i), p.text());
      assertEquals(SeedArticle.DOCUMENTS_HEADING, p.section());
      assertNull(p.area());
    }
    assertEquals("(十九)《中國(上海)自由貿易試驗區臨港新片區管理委員會、上海臨港經濟發展(集團)有限公司與香港量子人工智能實驗室有限公司共同簽署之合作備忘錄》;及", agreements.get(18).text());
  }

  @Test
  void threeCaptionsWithoutArea() {
    List<Paragraph> captions = SeedArticle.ofKind(parsed, Kind.CAPTION);
    assertEquals(SeedArticle.CAPTIONS, captions.stream().map(Paragraph::text).collect(Collectors.toList()));
    assertEquals(List.of(3, 5, 43), captions.stream().map(Paragraph::position).collect(Collectors.toList()));
    captions.forEach(c -> assertNull(c.area()));
    assertNull(captions.get(0).section());
    assertEquals("便利港人在內地發展", captions.get(2).section(), "the last caption stands inside the last area's section");
  }

  @Test
  void bodyParagraphs() {
    List<Paragraph> body = SeedArticle.ofKind(parsed, Kind.BODY);
    List<String> expected = new ArrayList<>();
    for (int n : SeedArticle.BODY_LINES) {
      expected.add(line(n));
    }
    assertEquals(expected, body.stream().map(Paragraph::text).collect(Collectors.toList()));
    List<String> starts = List.of("行政長官李家超率領", "中聯辦副主任尹宗華", "李家超表示", "李家超說", "滬港雙方在會議上就以下15個範疇", "行政長官李家超與上海市市長龔正於會上簽署");
    for (int i = 0; i < starts.size(); i++) {
      assertTrue(body.get(i).text().startsWith(starts.get(i)), body.get(i).text());
      assertNull(body.get(i).area());
    }
    assertEquals(List.of(1, 2, 4, 6, 7, 44), body.stream().map(Paragraph::position).collect(Collectors.toList()));
    assertNull(body.get(4).section());
    assertEquals(SeedArticle.DOCUMENTS_HEADING, body.get(5).section());
  }

  @Test
  void noChromeSurvives() {
    for (Paragraph p : parsed.paragraphs()) {
      for (String chrome : List.of("熱門排行", "版權", "852-2564", "觀塘道", "友情鏈接", ".jpg", "責任編輯", "天氣", "香港商報PDF", "聯絡我們")) {
        assertFalse(p.text().contains(chrome), p.id() + " contains " + chrome);
        assertFalse(p.section() != null && p.section().contains(chrome), p.id() + " section contains " + chrome);
      }
    }
  }

  @Test
  void noTextIsLost() {
    Set<String> kept = new HashSet<>();
    for (Paragraph p : parsed.paragraphs()) {
      kept.add(p.text());
      if (p.section() != null) {
        kept.add(p.section());
      }
    }
    List<String> lines = SeedArticle.lines();
    int checked = 0;
    for (int n = 8; n <= 174; n++) {
      String text = lines.get(n - 1);
      if (text.isEmpty() || text.matches("\\d+\\.jpg")) {
        continue;
      }
      assertTrue(kept.contains(text), "line " + n + " lost: " + text);
      checked++;
    }
    assertEquals(SeedArticle.PARAGRAPHS + 16, checked, "every paragraph line and the 16 headings");
    assertTrue(lines.get(174).startsWith("責任編輯"), "the footer starts at line 175");
  }
}
