package io.pressroom.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.compare.Comparison.AreaChanges;
import io.pressroom.compare.Comparison.ClauseRow;
import io.pressroom.compare.Comparison.Status;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two sessions side by side: clauses paired by area and wording, signed documents by title. */
class ReleaseComparerTest {
  private static final Area FINANCE = AreaTaxonomy.standard().resolve("finance").orElseThrow();
  private static final Area SPORTS = AreaTaxonomy.standard().resolve("sports").orElseThrow();
  private static final Area TRADE = AreaTaxonomy.standard().resolve("belt-road-trade").orElseThrow();

  /** A release built clause by clause. */
  private static final class Builder {
    private final Release release;
    private final List<Paragraph> paragraphs = new ArrayList<>();

    Builder(String id, String language) {
      release = new Release(id, id, null, null, null, null, language, null);
    }

    Builder clause(Area area, String text) {
      int n = paragraphs.size() + 1;
      paragraphs.add(new Paragraph(Paragraph.idOf(release.id(), n), release, n, Kind.CLAUSE, release.language(), text,
          area.label("zh-Hant"), area, null));
      return this;
    }

    Builder agreement(int number, String title) {
      int n = paragraphs.size() + 1;
      Agreement a = new Agreement(number, title, "memorandum", "合作備忘錄", List.of()).inRelease(release.id());
      paragraphs.add(new Paragraph(Paragraph.idOf(release.id(), n), release, n, Kind.AGREEMENT, release.language(),
          "(" + number + ")《" + title + "》", null, null, a));
      return this;
    }

    ParsedRelease build() {
      return new ParsedRelease(release, paragraphs);
    }
  }

  private static List<Status> statuses(AreaChanges area) {
    return area.clauses().stream().map(ClauseRow::status).toList();
  }

  @Test
  void clausesAreNewDroppedRewordedOrUnchangedAreaByArea() {
    ParsedRelease fifth = new Builder("fifth", "zh-Hant")
        .clause(FINANCE, "推動兩地金融市場互聯互通。")
        .clause(FINANCE, "鼓勵兩地金融機構在資產管理業務上加強合作。")
        .clause(FINANCE, "加強綠色金融合作。")
        .clause(SPORTS, "鼓勵兩地體育總會合辦賽事。")
        .agreement(1, "香港貿易發展局與上海市商務委員會經貿合作備忘錄")
        .agreement(2, "上海博物館與香港故宮文化博物館合作意向書")
        .build();
    ParsedRelease sixth = new Builder("sixth", "zh-Hans")
        .clause(TRADE, "支持香港企业参加进博会。")
        .clause(FINANCE, "加强绿色金融合作。")
        .clause(FINANCE, "有序推進兩地金融市場互聯互通。")
        .clause(FINANCE, "深化「北向通」和「南向通」渠道建設。")
        .agreement(1, "上海市商務委員會和香港貿易發展局經貿合作備忘錄")
        .agreement(2, "上海廣播電視台與香港電台合作備忘錄")
        .build();

    Comparison c = ReleaseComparer.standard().compare(fifth, sixth);
    assertEquals("fifth", c.a().id());
    assertEquals("sixth", c.b().id());
    assertEquals(List.of("belt-road-trade", "finance", "sports"), c.areas().stream().map(a -> a.area().id()).toList(),
        "taxonomy order");

    AreaChanges trade = c.areas().get(0);
    assertEquals(List.of(Status.NEW), statuses(trade));
    assertNull(trade.clauses().get(0).a());

    AreaChanges finance = c.areas().get(1);
    // In the new release's order; the dropped clause after the one its neighbour became.
    assertEquals(List.of(Status.UNCHANGED, Status.REWORDED, Status.DROPPED, Status.NEW), statuses(finance));
    ClauseRow same = finance.clauses().get(0);
    assertEquals("加強綠色金融合作。", same.a().text());
    assertEquals("加强绿色金融合作。", same.b().text(), "Traditional and Simplified compare alike");
    ClauseRow reworded = finance.clauses().get(1);
    assertEquals("<del>推動</del><ins>有序推進</ins>兩地金融市場互聯互通。", Diff.html(reworded.diff()));
    assertTrue(reworded.similarity() > ReleaseComparer.CLAUSE_THRESHOLD && reworded.similarity() < 1);
    assertEquals("鼓勵兩地金融機構在資產管理業務上加強合作。", finance.clauses().get(2).a().text());
    assertNull(finance.clauses().get(2).b());
    assertEquals(1, finance.count(Status.NEW));

    assertEquals(List.of(Status.DROPPED), statuses(c.areas().get(2)));
    assertEquals(2, c.count(Status.NEW));
    assertEquals(2, c.count(Status.DROPPED));

    assertEquals(List.of(Status.REWORDED, Status.DROPPED, Status.NEW),
        c.agreements().stream().map(Comparison.AgreementRow::status).toList());
    assertEquals("fifth#a1", c.agreements().get(0).a().id());
    assertEquals("sixth#a1", c.agreements().get(0).b().id());
  }

  @Test
  void aReleaseComparedWithItselfIsUnchanged() {
    ParsedRelease seed = Corpus.seed().parsed();
    Comparison c = ReleaseComparer.standard().compare(seed, seed);
    assertEquals(15, c.areas().size());
    assertTrue(c.areas().stream().allMatch(a -> a.count(Status.UNCHANGED) == a.clauses().size()));
    assertEquals(20, c.agreements().size());
    assertTrue(c.agreements().stream().allMatch(a -> a.status() == Status.UNCHANGED));
  }

  @Test
  void theFifthAndSixthShanghaiSessions() throws Exception {
    ParsedRelease fifth = ReleaseParser.standard().parseFile(
        Path.of("src/test/resources/fixtures/corpus/2021-08-30-isd-shanghai-5th-zh.txt"));
    ParsedRelease sixth = Corpus.seed().parsed();
    assertTrue(ReleaseComparer.comparable(fifth, sixth));
    assertFalse(ReleaseComparer.comparable(sixth, Corpus.english().parsed()));
    Comparison c = ReleaseComparer.standard().compare(fifth, sixth);
    AreaChanges digital = c.areas().stream().filter(a -> a.area().id().equals("digital-economy")).findFirst().orElseThrow();
    assertEquals(List.of(Status.NEW, Status.NEW), statuses(digital), "the sixth session added digital economy");
    // The fifth session's innovation and technology clause is not one of the sixth's three, which are written anew.
    long innovationDropped = c.areas().stream().filter(a -> a.area().id().equals("innovation-technology"))
        .findFirst().orElseThrow().count(Status.DROPPED);
    assertEquals(1, innovationDropped);
    // The innovation and technology memorandum is signed again, reworded.
    Comparison.AgreementRow again = c.agreements().stream().filter(a -> a.status() == Status.REWORDED).findFirst().orElseThrow();
    assertTrue(again.a().title().contains("創新及科技合作備忘錄") && again.b().title().contains("創新及科技合作備忘錄"));
    // Every clause of both releases is in exactly one row.
    long rowsA = c.areas().stream().flatMap(a -> a.clauses().stream()).filter(r -> r.a() != null).count();
    long rowsB = c.areas().stream().flatMap(a -> a.clauses().stream()).filter(r -> r.b() != null).count();
    assertEquals(fifth.paragraphs().stream().filter(p -> p.kind() == Kind.CLAUSE).count(), rowsA);
    assertEquals(sixth.paragraphs().stream().filter(p -> p.kind() == Kind.CLAUSE).count(), rowsB);
  }
}
