package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.Agreement;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An English release in the Hong Kong Government's style: a title underlined with *****, indented
 * paragraphs, area headings, a numbered list of signed documents, the Ends/Issued at HKT trailer.
 */
class EnglishReleaseTest {
  private static ParsedRelease parsed;

  @BeforeAll
  static void parse() throws IngestException {
    parsed = Fixtures.parse("P2024042600710.txt");
  }

  @Test
  void metadataFromTitleUnderlineAndTrailer() {
    Release r = parsed.release();
    assertEquals("P2024042600710", r.id());
    assertEquals("Shanghai-Hong Kong Co-operation Conference holds sixth plenary session in Hong Kong (with photos)", r.title());
    assertEquals(OffsetDateTime.parse("2024-04-26T19:30+08:00"), r.published());
    assertEquals("en", r.language());
    assertNull(r.publisher());
    assertNull(r.editor());
  }

  @Test
  void areasMapToTheSameIdsAsTheChineseHeadings() {
    List<String> areas =
        SeedArticle.ofKind(parsed, Kind.CLAUSE).stream().map(p -> p.area().id()).collect(Collectors.toList());
    assertEquals(
        List.of("belt-road-trade", "belt-road-trade", "innovation-technology", "finance", "finance", "culture-creative", "medical-health"),
        areas);
    assertEquals("Belt and Road, Trade and Investment", SeedArticle.ofKind(parsed, Kind.CLAUSE).get(0).section());
  }

  @Test
  void numberedDocumentsAreAgreements() {
    List<Agreement> expected =
        List.of(
            new Agreement(
                1,
                "Arrangement on Legal Exchange and Co-operation between the Department of Justice of the HKSAR and East China University of Political Science and Law",
                "arrangement", "Arrangement",
                List.of("Department of Justice of the HKSAR", "East China University of Political Science and Law")),
            new Agreement(2, "Agreement on Deepening Shanghai-Hong Kong Financial Co-operation", "agreement", "Agreement", List.of()),
            new Agreement(
                3,
                "Memorandum of Understanding on Health Co-operation between the Shanghai Municipal Health Commission and the Health Bureau of the HKSAR Government",
                "memorandum-of-understanding", "Memorandum of Understanding",
                List.of("Shanghai Municipal Health Commission", "Health Bureau of the HKSAR Government")),
            new Agreement(
                4, "Letter of Intent on Strengthening Shanghai-Hong Kong Co-operation in Urban Planning, Construction and Management",
                "letter-of-intent", "Letter of Intent", List.of()),
            new Agreement(
                5, "Memorandum of Co-operation between Shanghai Media Group and Radio Television Hong Kong", "memorandum", "Memorandum",
                List.of("Shanghai Media Group", "Radio Television Hong Kong")),
            new Agreement(
                6,
                "Co-operation Agreement between Oriental International (Holding) Co., Ltd. and Create Hong Kong of the Culture, Sports and Tourism Bureau of the HKSAR Government",
                "agreement", "Agreement",
                List.of("Oriental International (Holding) Co., Ltd.", "Create Hong Kong of the Culture, Sports and Tourism Bureau of the HKSAR Government")),
            new Agreement(
                7,
                "Memorandum of Understanding on Strategic Co-operation among the People's Government of Huangpu District of Shanghai Municipality, Shanghai Lingang Economic Development (Group) Co., Ltd. and the University of Hong Kong",
                "memorandum-of-understanding", "Memorandum of Understanding",
                List.of(
                    "People's Government of Huangpu District of Shanghai Municipality",
                    "Shanghai Lingang Economic Development (Group) Co., Ltd.",
                    "University of Hong Kong")));
    List<Paragraph> agreements = SeedArticle.ofKind(parsed, Kind.AGREEMENT);
    assertEquals(expected.stream().map(a -> a.inRelease(parsed.release().id())).toList(),
        agreements.stream().map(Paragraph::agreement).collect(Collectors.toList()));
    agreements.forEach(p -> assertNull(p.section(), "the list ends the areas section"));
  }

  @Test
  void paragraphsAreEnglishAndTheTrailerIsNotAParagraph() {
    assertEquals(19, parsed.paragraphs().size());
    for (Paragraph p : parsed.paragraphs()) {
      assertEquals("en", p.lang());
      for (String trailer : List.of("Ends/", "Issued at", "NNNN", "*****", "Go to main content")) {
        assertFalse(p.text().contains(trailer), p.text());
      }
    }
    Paragraph intro = parsed.paragraphs().get(10);
    assertEquals(Kind.BODY, intro.kind());
    assertNull(intro.area());
    Paragraph last = parsed.paragraphs().get(18);
    assertEquals(Kind.BODY, last.kind());
    assertEquals("Also attending the meeting were the Financial Secretary, Mr Paul Chan, and the Secretary for Justice, Mr Paul Lam, SC.", last.text());
  }

  @Test
  void anyWeekdayInTheTrailerGivesTheDate() throws Exception {
    for (String day : new String[] {"Monday", "Wednesday", "Thursday", "Saturday"}) {
      String text = "Test release\n************\n\n     A paragraph of the release.\n\nEnds/" + day
          + ", April 24, 2024\nIssued at HKT 18:05\n\nNNNN\n";
      ParsedRelease r = ReleaseParser.standard().parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "weekday-" + day + ".txt", ReleaseParser.Format.TEXT);
      assertEquals(java.time.OffsetDateTime.parse("2024-04-24T18:05+08:00"), r.release().published(), day);
      assertEquals(1, r.paragraphs().size(), "trailer lines are not paragraphs: " + day);
    }
  }
}
