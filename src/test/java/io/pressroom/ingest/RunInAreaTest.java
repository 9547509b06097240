package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Areas named at the start of a paragraph (「在金融方面，…」, 「科技創新領域，…」, "On financial
 * co-operation, …") make the paragraph a clause of that area; a run of them in a conference report
 * makes clauses even of areas the taxonomy does not list (a lone such paragraph naming none stays
 * body); 方面 inside a sentence, 「另一方面，」 and English openings naming no area change nothing.
 */
class RunInAreaTest {
  private static final String TRADITIONAL = """
      京港合作會議第九次會議在港舉行 雙方就多個範疇達成共識

      2030年11月20日 星期三

      京港合作會議第九次會議今日在香港舉行，雙方就金融、創新科技、公務員培訓等範疇的合作達成共識。

      在金融方面，兩地將支持更多北京企業到港上市，並深化綠色金融和財富管理的交流。

      創新科技領域，雙方會鼓勵大學和科研機構共建實驗室，推動研發成果在兩地轉化。

      在公務員培訓方面，兩地將延續互派官員掛職的安排，並合辦專題研修課程。

      另一方面，與會者亦討論了兩地旅遊業的復甦情況，同意日後再作跟進。

      會上雙方亦在多個方面交換意見，同意保持緊密溝通，定期檢視合作進度。

      在抗疫方面，兩地官員回顧了過去三年的聯防聯控安排，認為值得總結經驗。
      """;

  private static final String SIMPLIFIED = """
      京港合作会议第九次会议在港举行 双方就多个范畴达成共识

      2030年11月20日 星期三

      京港合作会议第九次会议今日在香港举行，双方就金融、创新科技、公务员培训等范畴的合作达成共识。

      在金融合作方面，两地将支持更多北京企业到港上市，并深化绿色金融和财富管理的交流。

      在科技创新领域，双方会鼓励大学和科研机构共建实验室，推动研发成果在两地转化。

      在公务员培训方面，两地将延续互派官员挂职的安排，并合办专题研修课程。

      此外，在便利港人在内地发展方面，双方会为在京港人提供更多就业和创业支援。

      会上双方亦在多个方面交换意见，同意保持紧密沟通，定期检视合作进度。
      """;

  private static final String ENGLISH = """
      Hong Kong and Beijing hold Ninth Plenary Session of Co-operation Conference

      November 20, 2030

      The Hong Kong/Beijing Co-operation Conference held its Ninth Plenary Session in Hong Kong today, and the two sides agreed on work in several areas.

      On financial co-operation, the two places will support more Beijing enterprises in listing in Hong Kong and deepen exchanges on green finance.

      In terms of innovation and technology, universities and research institutes of both places will be encouraged to set up joint laboratories.

      On Monday, the delegation visited the Hong Kong Science Park and met start-ups working on artificial intelligence.

      In terms of timing, the next plenary session will be held in Beijing, with the date to be fixed later by both sides.
      """;

  /** A report about something else: a single opening that names no area stays body. */
  private static final String NOT_A_CONFERENCE = """
      行政長官出席商會午宴致辭

      2030年5月2日

      行政長官今日出席商會午宴並致辭，介紹特區政府的施政重點。

      在抗疫方面，他感謝商界過去幾年的支持，並希望各界繼續同心協力。

      在教育方面，政府會增加大學的研究撥款，培育更多創科人才。

      他又說，政府在各方面的工作都以市民福祉為依歸。
      """;

  @Test
  void traditionalOpeningsMakeClauses() throws IngestException {
    ParsedRelease r = Fixtures.parseText(TRADITIONAL, "run-in-tc.txt");
    assertNotNull(r.release().conference(), "a conference report");
    check(r, "京港合作會議第九次會議今日", Kind.BODY, null);
    check(r, "在金融方面", Kind.CLAUSE, "finance");
    check(r, "創新科技領域", Kind.CLAUSE, "innovation-technology");
    check(r, "在公務員培訓方面", Kind.CLAUSE, "公务员培训");
    check(r, "另一方面", Kind.BODY, null);
    check(r, "會上雙方亦在多個方面", Kind.BODY, null);
    check(r, "在抗疫方面", Kind.BODY, null);
    assertEquals("金融", Fixtures.paragraph(r, "在金融方面").section());
  }

  @Test
  void simplifiedOpeningsMakeClauses() throws IngestException {
    ParsedRelease r = Fixtures.parseText(SIMPLIFIED, "run-in-sc.txt");
    check(r, "在金融合作方面", Kind.CLAUSE, "finance");
    check(r, "在科技创新领域", Kind.CLAUSE, "innovation-technology");
    check(r, "在公务员培训方面", Kind.CLAUSE, "公务员培训");
    check(r, "此外，在便利港人在内地发展方面", Kind.CLAUSE, "hk-people-mainland");
    check(r, "会上双方亦在多个方面", Kind.BODY, null);
  }

  @Test
  void englishOpeningsNamingAnAreaMakeClauses() throws IngestException {
    ParsedRelease r = Fixtures.parseText(ENGLISH, "run-in-en.txt");
    check(r, "The Hong Kong/Beijing", Kind.BODY, null);
    check(r, "On financial co-operation", Kind.CLAUSE, "finance");
    check(r, "In terms of innovation and technology", Kind.CLAUSE, "innovation-technology");
    check(r, "On Monday", Kind.BODY, null);
    check(r, "In terms of timing", Kind.BODY, null);
  }

  @Test
  void outsideAConferenceReportOnlyAKnownAreaMakesAClause() throws IngestException {
    ParsedRelease r = Fixtures.parseText(NOT_A_CONFERENCE, "speech-tc.txt");
    check(r, "在抗疫方面", Kind.BODY, null);
    check(r, "在教育方面", Kind.CLAUSE, "education-talent");
    check(r, "他又說，政府在各方面", Kind.BODY, null);
  }

  @Test
  void rewordedEnglishHeadingsGetTheTaxonomyId() throws IngestException {
    String text = """
        Tenth Plenary Session of the Hong Kong/Beijing Co-operation Conference held

        November 21, 2031

        The Hong Kong/Beijing Co-operation Conference held its Tenth Plenary Session in Beijing today, chaired by the Chief Executive and the Mayor of Beijing.

        Hong Kong and Beijing reached consensus on the following three co-operation areas:

        The Belt and Road Initiative, Economic and Trade Co-operation

        The two sides will use the Belt and Road Summit to match enterprises of both places and to open up markets along the routes together.

        Services Industries

        Both places will encourage exchanges between fintech companies and invite Beijing representatives to attend the Asian Financial Forum.

        Co-operation on Environmental Protection

        The two sides will share experience in reducing carbon emissions and in monitoring air quality in the two cities.
        """;
    ParsedRelease r = Fixtures.parseText(text, "reworded-en.txt");
    check(r, "The two sides will use the Belt", Kind.CLAUSE, "belt-road-trade");
    check(r, "Both places will encourage", Kind.CLAUSE, "services-industries");
    check(r, "The two sides will share", Kind.CLAUSE, "environmental-governance");
  }


  /** {@link Fixtures#assertKindAndArea}, and a clause's area is listed exactly when the taxonomy holds its id. */
  private static void check(ParsedRelease r, String start, Kind kind, String area) {
    Paragraph p = Fixtures.assertKindAndArea(r, start, kind, area);
    if (kind == Kind.CLAUSE) {
      boolean listed = AreaTaxonomy.standard().areas().stream().anyMatch(a -> a.id().equals(area));
      assertEquals(listed, AreaTaxonomy.standard().isListed(p.area()), start + ": listed");
    }
  }
}
