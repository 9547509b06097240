package io.pressroom.core;

import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.Counterpart;
import io.pressroom.model.Kind;
import io.pressroom.model.Agreement;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.ingest.ReleaseParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counterparts between the shipped Chinese and English releases, and agreement areas. */
class ReleaseLinkerTest {
  static final String ZH = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference";
  static final String EN = "2024-04-26-isd-shanghai-hong-kong-cooperation-conference-en";

  @Test
  void everyClauseAndAgreementIsLinkedToItsCounterpart() throws Exception {
    try (Archive index = Archive.open(LuceneStore.inMemory())) {
      CorpusIngest.ingestPaths(index, List.of(Path.of("corpus")), line -> {});
      List<Paragraph> zh = index.release(ZH).orElseThrow().paragraphs();
      List<Paragraph> en = index.release(EN).orElseThrow().paragraphs();
      int clauses = 0;
      int agreements = 0;
      for (Paragraph p : zh) {
        switch (p.kind()) {
          case CLAUSE -> {
            // Chinese clauses stand at 8..42, English ones at 6..40, in the same area order.
            assertEquals(new Counterpart(EN + "#" + (p.position() - 2), true), p.counterpart(), p.id());
            clauses++;
          }
          case AGREEMENT -> {
            // Agreements (一)…(二十) at 45..64; (1)…(20) at 42..61.
            assertEquals(new Counterpart(EN + "#" + (p.position() - 3), true), p.counterpart(), p.id());
            agreements++;
          }
          default -> assertNull(p.counterpart(), "body and captions are not linked: " + p.id());
        }
      }
      assertEquals(35, clauses);
      assertEquals(20, agreements);
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
      assertTrue(index.delete(EN));
      assertTrue(index.release(ZH).orElseThrow().paragraphs().stream().allMatch(p -> p.counterpart() == null));
    }
  }

  @Test
  void agreementsLinkToTheirAreas() throws Exception {
    try (Archive index = Archive.open(LuceneStore.inMemory())) {
      CorpusIngest.ingestPaths(index, List.of(Path.of("corpus")), line -> {});
      Paragraph zh2 = index.paragraph(ZH + "#46").orElseThrow();
      Paragraph en2 = index.paragraph(EN + "#43").orElseThrow();
      assertEquals("關於深化滬港金融合作的協議", zh2.agreement().title());
      assertEquals("Agreement on Deepening Shanghai-Hong Kong Financial Co-operation", en2.agreement().title());
      for (Paragraph p : List.of(zh2, en2)) {
        assertEquals("finance", p.agreement().areas().get(0).area(), p.id());
        assertEquals(1.0, p.agreement().areas().get(0).score());
      }
      assertEquals("legal-services", index.paragraph(ZH + "#45").orElseThrow().agreement().areas().get(0).area());
      assertEquals("medical-health", index.paragraph(EN + "#44").orElseThrow().agreement().areas().get(0).area());
      assertEquals("innovation-technology", index.paragraph(ZH + "#51").orElseThrow().agreement().areas().get(0).area());
    }
  }

  @Test
  void differingStructureMakesLinksUncertain() throws Exception {
    ParsedRelease zh = ReleaseParser.standard().parseFile(Path.of("corpus", ZH + ".txt"));
    ParsedRelease en = ReleaseParser.standard().parseFile(Path.of("corpus", EN + ".txt"));
    // Drop the English version's third finance clause (position 16).
    List<Paragraph> shorter = new ArrayList<>(en.paragraphs());
    shorter.removeIf(p -> p.position() == 16);
    ParsedRelease linked = ReleaseLinker.linkTo(zh, new ParsedRelease(en.release(), shorter));
    Paragraph finance1 = linked.paragraphs().get(15);
    Paragraph finance3 = linked.paragraphs().get(17);
    assertEquals(new Counterpart(EN + "#14", false), finance1.counterpart(), "linked by position, marked uncertain");
    assertNull(finance3.counterpart(), "no third English finance clause to link to");
    Paragraph sports = linked.paragraphs().get(39);
    assertEquals(new Counterpart(EN + "#38", true), sports.counterpart(), "other areas stay certain");
  }
}
