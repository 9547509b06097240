package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mirror and re-post pages: a headline printed twice, once with a site or place name before or
 * after it, is the plain headline once; widget labels standing alone at the end of a page (Source,
 * 查看图库) are chrome; a byline naming the site gives the publisher, its 來源 the agency.
 */
class MirrorHeadlineTest {
  private static final String BODY =
      "\n     The Chief Secretary for Administration co-chaired the Fourth Plenary Session of the Hong Kong/Fujian Co-operation Conference"
          + " in Fuzhou today with the Executive Vice Governor of Fujian Province.\n"
          + "     Both sides reviewed progress since the last session and agreed on the key areas of co-operation for the coming years.\n";
  private static final String HEADLINE = "CS and Executive Vice Governor of Fujian co-chair Fourth Plenary Session of Hong Kong/Fujian Co-operation Conference";

  @Test
  void aHeadlineWithAPlaceBeforeItAndThenPlainIsThePlainHeadlineOnce() throws IngestException {
    String page = "Hong Kong – " + HEADLINE + "\n\n" + HEADLINE + "\n\n" + BODY;
    assertEquals(HEADLINE, Fixtures.parseText(page, "mirror.txt").release().title());
    String dated = "WebNewsWire\nHome  Business  Politics  Technology  Asia Pacific\nHong Kong – " + HEADLINE
        + "\nJune 28, 2023 by Press Desk\n\n" + HEADLINE + "\n\n" + BODY;
    assertEquals(HEADLINE, Fixtures.parseText(dated, "mirror-dated.txt").release().title());
  }

  @Test
  void aSiteNameAfterTheHeadlineInEitherOrderIsNoPartOfIt() throws IngestException {
    String after = HEADLINE + " | Government World\n" + HEADLINE + "\nJune 28, 2023\n" + BODY;
    assertEquals(HEADLINE, Fixtures.parseText(after, "suffix.txt").release().title());
    String plainFirst = HEADLINE + "\nJune 28, 2023\n" + "Government World – " + HEADLINE + "\n" + BODY;
    assertEquals(HEADLINE, Fixtures.parseText(plainFirst, "plain-first.txt").release().title());
  }

  @Test
  void labelledCopiesAreToldFromKickersAndWrappedHeadlines() {
    assertTrue(Headline.labels("Hong Kong – " + HEADLINE, HEADLINE));
    assertTrue(Headline.labels("香港 - 政務司司長與福建省常務副省長共同主持閩港合作會議第四次會議", "政務司司長與福建省常務副省長共同主持閩港合作會議第四次會議"));
    assertTrue(Headline.labels("闽港合作会议第四次会议在福州举行 - 海峡资讯网", "闽港合作会议第四次会议在福州举行"));
    assertTrue(Headline.labels("闽港合作会议第四次会议在福州举行｜海峡资讯网", "闽港合作会议第四次会议在福州举行"));
    assertFalse(Headline.labels(HEADLINE, "Hong Kong/Fujian Co-operation Conference"), "no separator: a longer headline, not a label");
    assertFalse(Headline.labels("Fujian and Hong Kong sign agreements", "sign agreements"), "too short to be a headline");
    assertFalse(Headline.labels("The Chief Secretary for Administration, Mr Chan, said – " + HEADLINE, HEADLINE), "a long lead-in is no label");
    assertFalse(Headline.labels(HEADLINE, HEADLINE));
  }

  @Test
  void aHeadlineOverTwoLinesIsStillJoined() throws IngestException {
    String page = "CS and Executive Vice Governor of Fujian co-chair\nFourth Plenary Session of Hong Kong/Fujian Co-operation Conference\n" + BODY;
    assertEquals(HEADLINE, Fixtures.parseText(page, "wrapped.txt").release().title());
  }

  @Test
  void widgetLabelsAloneAreChromeInAllThreeScripts() {
    for (String widget : List.of("Source", "Source:", "來源", "来源：", "查看圖庫", "查看图库", "圖集", "图集", "View gallery", "Photo Gallery", "視頻", "视频", "Video",
        "新聞排行", "新闻推荐")) {
      assertTrue(Chrome.matches(widget), widget);
    }
    for (String text : List.of("Source of growth: innovation and youth.", "來源:新華社", "查看图库中的照片可了解会议现场情况。", "Video conferencing links the two sides.")) {
      assertFalse(Chrome.matches(text), text);
    }
  }

  @Test
  void widgetLabelsEndingAPageAreInNoParagraph() throws IngestException {
    String base = "深港合作會議簽署三份合作協議\n\n2016-02-29\n\n"
        + "政務司司長林鄭月娥今日與深圳市市長許勤在香港共同主持深港合作會議，雙方就創新科技和青年交流交換意見。\n\n"
        + "林鄭月娥表示，深港兩地會繼續透過現有機制保持溝通，把會上商定的項目逐一落實。\n\n";
    for (String widget : List.of("Source", "來源", "查看圖庫", "查看图库", "View gallery")) {
      ParsedRelease r = Fixtures.parseText(base + widget + "\n", "widget.txt");
      assertEquals(2, r.paragraphs().size(), widget);
      for (Paragraph p : r.paragraphs()) {
        assertFalse(p.text().equals(widget), widget + " in " + p.id());
      }
    }
    ParsedRelease kept = Fixtures.parseText(base + "Source of growth: innovation and youth, the two leaders said in closing remarks today.\n", "kept.txt");
    assertEquals(3, kept.paragraphs().size(), "a line that says more than the widget is text");
  }

  @Test
  void theSiteABylineNamesIsThePublisherAndItsSourceTheAgency() throws IngestException {
    ParsedRelease r = ReleaseParser.standard()
        .parseFile(Path.of("src/test/resources/fixtures/layouts/2010-09-17-govcn-guangdong-13th-agency.txt"));
    assertEquals("中国政府网", r.release().publisher());
    assertEquals("新華社", r.release().source());
    assertEquals("新华网", Publishers.inByline("新華網 2010年09月17日").map(Publishers.Publisher::name).orElse(null));
    assertTrue(Publishers.inByline("2010年09月17日 來源: 新華社").isEmpty(), "the 來源 field names the agency, not the site");
    String agencyOnly = "粵港合作聯席會議第十三次會議在廣州舉行\n2010年09月17日   來源:新華社\n\n"
        + "    新華社廣州9月17日電 粵港合作聯席會議第十三次會議16日在廣州召開，兩地政府簽署了四份合作文件。\n";
    assertEquals("新华网", Fixtures.parseText(agencyOnly, "agency.txt").release().publisher(), "with no site named, the agency still");
  }
}
