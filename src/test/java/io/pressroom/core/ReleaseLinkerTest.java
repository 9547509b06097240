package io.pressroom.core;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.model.Counterpart;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.CorpusRelease;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counterparts between the shipped Chinese and English releases, and agreement areas. Paragraphs
 * are named by their text; the expected links follow the rule the linker documents (clause k of an
 * area to clause k of the same area, agreement n to agreement n), taken from the parsed releases.
 */
class ReleaseLinkerTest {
  private static final CorpusRelease ZH = Corpus.seed();
  private static final CorpusRelease EN = Corpus.english();

  /** What pairs a paragraph with its counterpart: "clause area k" or "agreement n"; null for the rest. */
  private static String pairKey(Paragraph p, Map<String, Integer> clausesSeen) {
    return switch (p.kind()) {
      case CLAUSE -> "clause " + p.area().id() + " " + clausesSeen.merge(p.area().id(), 1, Integer::sum);
      case AGREEMENT -> "agreement " + p.agreement().number();
      default -> null;
    };
  }

  /** Paragraph id by pair key, for the clauses and agreements of {@code release}. */
  private static Map<String, String> byPairKey(CorpusRelease release) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    for (Paragraph p : release.paragraphs()) {
      String key = pairKey(p, seen);
      if (key != null) {
        assertNull(out.put(key, p.id()), "two paragraphs of " + release.id() + " are " + key);
      }
    }
    return out;
  }

  /** The expected counterpart of each Chinese clause and agreement: the English paragraph with the same pair key. */
  static Map<String, String> expectedCounterparts() {
    Map<String, String> zh = byPairKey(ZH);
    Map<String, String> en = byPairKey(EN);
    assertEquals(zh.keySet(), en.keySet(), "both versions have the same clauses per area and the same agreements");
    Map<String, String> out = new HashMap<>();
    zh.forEach((key, id) -> out.put(id, en.get(key)));
    return out;
  }

  private static List<String> clauseAreas(List<Paragraph> paragraphs) {
    return paragraphs.stream().filter(p -> p.kind() == Kind.CLAUSE).map(p -> p.area().id()).toList();
  }

  @Test
  void everyClauseAndAgreementIsLinkedToItsCounterpart() throws Exception {
    // The English version lists the same areas in the same order, with as many clauses each.
    assertEquals(clauseAreas(ZH.paragraphs()), clauseAreas(EN.paragraphs()));
    Map<String, String> expected = expectedCounterparts();
    try (Archive index = Corpus.corpusArchive()) {
      List<Paragraph> zh = index.release(Corpus.HKCD).orElseThrow().paragraphs();
      List<Paragraph> en = index.release(Corpus.ISD).orElseThrow().paragraphs();
      int clauses = 0;
      int agreements = 0;
      for (Paragraph p : zh) {
        switch (p.kind()) {
          case CLAUSE -> {
            // Clause k of an area links to the English clause k of the same area.
            assertEquals(new Counterpart(expected.get(p.id()), true), p.counterpart(), p.id());
            clauses++;
          }
          case AGREEMENT -> {
            // Agreement (n) links to the English agreement (n).
            assertEquals(new Counterpart(expected.get(p.id()), true), p.counterpart(), p.id());
            agreements++;
          }
          default -> assertNull(p.counterpart(), "body and captions are not linked: " + p.id());
        }
      }
      assertEquals(35, clauses);
      assertEquals(20, agreements);
      // Some of those links, named by their text.
      Map<String, String> anchors = Map.of(
          "鼓勵港資金融機構", "Hong Kong-funded financial institutions",
          "綠色金融產品研發", "green finance products",
          "精英體育學院", "elite sports institutes",
          "港澳居民來往內地通行證", "Mainland Travel Permit",
          "華東政法大學法律交流和合作安排", "(1) Arrangement on Legal Exchanges",
          "館際友好合作備忘錄", "Memorandum of Inter-museum Friendship");
      for (Map.Entry<String, String> anchor : anchors.entrySet()) {
        assertEquals(EN.paragraphContaining(anchor.getValue()),
            index.paragraph(ZH.paragraphContaining(anchor.getKey())).orElseThrow().counterpart().id(), anchor.getKey());
      }
      for (Paragraph p : en) {
        if (p.kind() == Kind.CLAUSE || p.kind() == Kind.AGREEMENT) {
          Paragraph back = index.paragraph(p.counterpart().id()).orElseThrow();
          assertEquals(p.id(), back.counterpart().id(), "links go both ways");
          assertEquals(p.kind(), back.kind());
          assertEquals(p.area() == null ? null : p.area().id(), back.area() == null ? null : back.area().id());
        } else {
          assertNull(p.counterpart());
        }
      }

      // Deleting one version unlinks the other.
      assertTrue(index.delete(Corpus.ISD));
      assertTrue(index.release(Corpus.HKCD).orElseThrow().paragraphs().stream().allMatch(p -> p.counterpart() == null));
    }
  }

  @Test
  void agreementsLinkToTheirAreas() throws Exception {
    try (Archive index = Corpus.corpusArchive()) {
      Paragraph zh2 = index.paragraph(ZH.paragraphContaining("關於深化滬港金融合作的協議")).orElseThrow();
      Paragraph en2 = index.paragraph(EN.paragraphContaining("Agreement on Deepening Shanghai-Hong Kong Financial Co-operation"))
          .orElseThrow();
      assertEquals("關於深化滬港金融合作的協議", zh2.agreement().title());
      assertEquals("Agreement on Deepening Shanghai-Hong Kong Financial Co-operation", en2.agreement().title());
      for (Paragraph p : List.of(zh2, en2)) {
        assertEquals("finance", p.agreement().areas().get(0).area(), p.id());
        assertEquals(1.0, p.agreement().areas().get(0).score());
      }
      assertEquals("legal-services", index.paragraph(ZH.paragraphContaining("華東政法大學法律交流和合作安排")).orElseThrow()
          .agreement().areas().get(0).area());
      assertEquals("medical-health", index.paragraph(EN.paragraphContaining("Memorandum of Understanding on Health Co-operation"))
          .orElseThrow().agreement().areas().get(0).area());
      assertEquals("innovation-technology", index.paragraph(ZH.paragraphContaining("關於深化滬港創新及科技合作備忘錄"))
          .orElseThrow().agreement().areas().get(0).area());
    }
  }

  @Test
  void differingStructureMakesLinksUncertain() throws Exception {
    ParsedRelease zh = ZH.parsed();
    ParsedRelease en = EN.parsed();
    // Drop the English version's third finance clause (green finance).
    String greenFinance = EN.paragraphContaining("green finance products");
    List<Paragraph> shorter = new ArrayList<>(en.paragraphs());
    assertTrue(shorter.removeIf(p -> p.id().equals(greenFinance)));
    ParsedRelease linked = ReleaseLinker.linkTo(zh, new ParsedRelease(en.release(), shorter));
    Paragraph finance1 = paragraph(linked, ZH.paragraphContaining("鼓勵港資金融機構"));
    Paragraph finance3 = paragraph(linked, ZH.paragraphContaining("綠色金融產品研發"));
    assertEquals(new Counterpart(EN.paragraphContaining("Hong Kong-funded financial institutions"), false),
        finance1.counterpart(), "linked by position, marked uncertain");
    assertNull(finance3.counterpart(), "no third English finance clause to link to");
    Paragraph sports = paragraph(linked, ZH.paragraphContaining("精英體育學院"));
    assertEquals(new Counterpart(EN.paragraphContaining("elite sports institutes"), true), sports.counterpart(),
        "other areas stay certain");
  }

  private static Paragraph paragraph(ParsedRelease release, String id) {
    return release.paragraphs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
