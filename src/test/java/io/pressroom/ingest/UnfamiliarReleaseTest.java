package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Releases of no known family come out as body paragraphs, their text intact. */
class UnfamiliarReleaseTest {
  @Test
  void hardWrappedCompanyAnnouncement() throws IngestException {
    ParsedRelease r = Fixtures.parse("acme-robotics-kwun-tong-service-centre.txt");
    assertEquals("Acme Robotics Opens Kwun Tong Service Centre", r.release().title());
    assertEquals("en", r.release().language());
    assertNull(r.release().published(), "a date inside the first sentence is not a byline");
    assertEquals(
        List.of(
            "HONG KONG, 3 June 2024 - Acme Robotics Limited today opened a service centre in Kwun Tong that will repair and refurbish warehouse robots for customers across Asia. The centre employs 45 technicians and can handle up to 600 robots a year.",
            "\"Our customers want their robots fixed close to home,\" said Mei Chan, managing director of Acme Robotics. \"Kwun Tong gives us the space and the people to do that, ten minutes from the airport freight lanes.\"",
            "Revenue from servicing grew 18 per cent last year and now makes up a third of the company's sales. The new centre cost HK$32 million and was paid for from the company's own cash.",
            "The centre offers:",
            "(1) same-day diagnosis for robots brought in before noon;",
            "(2) refurbishment of used fleets; and",
            "(3) training for customers' own technicians.",
            "Acme Robotics Limited designs and services warehouse robots. It was founded in 2015 in Cheung Sha Wan and now has 300 staff in Hong Kong, Shenzhen and Singapore.",
            "Media enquiries: press@acme-robotics.example, tel 2555 0100"),
        r.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList()));
    r.paragraphs().forEach(p -> assertEquals(Kind.BODY, p.kind(), p.text()));
    r.paragraphs().forEach(p -> assertNull(p.area(), "one known heading (Finance) makes no areas section"));
    assertEquals(
        Arrays.asList(null, null, "Finance", "Finance", "Finance", "Finance", "Finance", "About Acme Robotics", "About Acme Robotics"),
        r.paragraphs().stream().map(Paragraph::section).collect(Collectors.toList()));
  }

  @Test
  void chineseNoticeWithoutStructure() throws IngestException {
    String text =
        "大廈升降機保養通告\n\n"
            + "　　各位住戶：本大廈𨋢將於五月三日(星期五)上午九時至下午五時進行年度保養，期間暫停使用。\n\n"
            + "　　如有查詢，請致電管理處。\n\n"
            + "管理處 謹啟\n";
    ParsedRelease r = Fixtures.parseText(text, "lift-notice.txt");
    assertEquals("大廈升降機保養通告", r.release().title());
    assertEquals(
        List.of("各位住戶：本大廈𨋢將於五月三日(星期五)上午九時至下午五時進行年度保養，期間暫停使用。", "如有查詢，請致電管理處。", "管理處 謹啟"),
        r.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList()));
    r.paragraphs().forEach(p -> assertEquals(Kind.BODY, p.kind()));
    r.paragraphs().forEach(p -> assertEquals("zh-Hant", p.lang()));
    assertEquals("zh-Hant", r.release().language());
  }

  @Test
  void numberedListAfterSigningIntroWithoutTitlesIsAgreements() throws IngestException {
    String text =
        "Two universities sign pact\n\n"
            + "The two universities signed two documents today:\n\n"
            + "(1) Memorandum of Understanding between the University of Hong Kong and Fudan University;\n\n"
            + "(2) Letter of Intent on student exchange.\n";
    ParsedRelease r = Fixtures.parseText(text, "pact.txt");
    List<Paragraph> agreements = SeedArticle.ofKind(r, Kind.AGREEMENT);
    assertEquals(2, agreements.size());
    assertEquals(List.of("University of Hong Kong", "Fudan University"), agreements.get(0).agreement().parties());
    assertEquals("letter-of-intent", agreements.get(1).agreement().type());
    assertEquals("Letter of Intent on student exchange", agreements.get(1).agreement().title());
  }
}
