package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's own date, headline and captions on news pages whose chrome looks like them: a date
 * stamp beside the site's address, related headlines listed with their dates, table leftovers
 * ("|") above the story, and picture credits written as a source.
 */
class PageMetadataTest {
  private static final String TOP = "文匯首頁 > 即時新聞 > 正文\n【打印】   【關閉】\n\n滬港簽署四份協議 多個範疇達成共識\n\n\n";
  private static final String STORY =
      "\n\n【文匯網訊】香港與上海今日在上海舉行經貿合作會議第二次會議,兩地簽署四份合作協議,涵蓋商貿、文化及醫院管理等範疇。\n\n"
          + "行政長官會後表示,兩地同意在金融、航運及旅遊方面繼續加強合作,共同把握國家發展的機遇。\n\n";
  private static final String RELATED =
      "      責任編輯:Ming\n行政長官抵達上海出席會議      [2012-01-03]\n滬港簽署四份協議 多個範疇達成共識      [2012-01-05]\n兩地商界代表座談     \n";

  private static ParsedRelease parse(String text) throws IngestException {
    return ReleaseParser.standard().parse(text.getBytes(StandardCharsets.UTF_8), "page.txt", ReleaseParser.Format.TEXT);
  }

  private static OffsetDateTime hk(String local) {
    return OffsetDateTime.parse(local + "+08:00");
  }

  @Test
  void theDateBesideTheSiteAddressIsThePagesNotTheRelatedHeadlinesBelow() throws IngestException {
    ParsedRelease r = parse(TOP + "http://news.example.com   [2012-01-05]    我要評論" + STORY + RELATED);
    assertEquals(hk("2012-01-05T00:00"), r.release().published());
    assertEquals("滬港簽署四份協議 多個範疇達成共識", r.release().title());
    assertEquals(2, r.paragraphs().size(), "the related headlines are no paragraphs");
  }

  @Test
  void otherBracketsAndTimesBesideTheAddress() throws IngestException {
    List<String[]> stamps =
        List.of(
            new String[] {"http://news.example.com   【2012-01-05 10:30】    我要評論", "2012-01-05T10:30"},
            new String[] {"news.example.com.hk  ［2012年1月5日 10:30］", "2012-01-05T10:30"},
            new String[] {"www.example.com   (2012-01-05 10:30:15)", "2012-01-05T10:30:15"},
            new String[] {"http://news.example.com   ［２０１２－０１－０５］", "2012-01-05T00:00"},
            new String[] {"[2012/01/05 10:30]   http://news.example.com", "2012-01-05T10:30"},
            new String[] {"http://news.example.com   2012-01-05    我要評論", "2012-01-05T00:00"});
    for (String[] s : stamps) {
      assertEquals(hk(s[1]), parse(TOP + s[0] + STORY + RELATED).release().published(), s[0]);
    }
  }

  @Test
  void relatedHeadlinesNeverGiveThePageItsDate() throws IngestException {
    assertNull(parse(TOP + "http://news.example.com    我要評論" + STORY + RELATED).release().published(), "after the editor line");
    String list = "行政長官抵達上海出席會議      [2012-01-03]\n兩地商界代表在上海座談交流      【2012-01-04】\n";
    assertNull(parse(TOP + STORY + list).release().published(), "headlines listed with their dates");
    assertEquals(
        hk("2012-01-05T00:00"), parse(TOP + "2012-01-05\n" + STORY + list).release().published(), "the page's own date line still counts");
  }

  @Test
  void aLineOfTableLeftoversIsNoHeadlineAndASourcedPictureIsACaption() throws IngestException {
    ParsedRelease r =
        parse(
            "|\n兩地代表簽署十二項合作協議。(圖片來源:文匯報) |\n"
                + "中評社北京11月3日電/據報道,行政長官昨日率團訪問江蘇省,出席兩地發展峰會,兩地政府和企業在會上簽署十二項合作協議,"
                + "包括設立科技合作計劃及共建跨境資本服務平台。\n|\n"
                + "江蘇省長在會上表示,兩地在金融、科技及青年交流方面合作空間廣闊,期望雙方企業把握機遇。\n|\n");
    assertNull(r.release().title());
    assertEquals(List.of(Kind.CAPTION, Kind.BODY, Kind.BODY), kinds(r), "no paragraph of a table's leftovers");
    assertTrue(r.paragraphs().get(0).text().startsWith("兩地代表簽署十二項合作協議"));
  }

  @Test
  void picturesCreditedToASourceAreCaptions() throws IngestException {
    for (String caption :
        List.of(
            "兩地代表見證多份合作協議簽署。(圖片來源:人民網)",
            "两地代表见证多份合作协议签署。（图片来源：新华社）",
            "兩地代表見證多份合作協議簽署。（相片來源：政府新聞處）",
            "兩地代表見證多份合作協議簽署。(圖片來源:人民網) ｜",
            "Officials of the two sides witness the signing of the agreements. (Photo: Xinhua) |",
            "Officials of the two sides witness the signing of the agreements. (Photo credit: Xinhua)")) {
      ParsedRelease r =
          parse(
              "兩地簽署多項合作協議\nhttp://www.example.com   2025-08-08 12:34:28\n" + caption + "\n"
                  + "  中評社北京8月8日電/據報導,行政長官昨日在政府總部歡迎上海市代表團到訪,雙方就新一輪合作的重點領域交流意見,並見證多項合作協議簽署。\n");
      assertEquals(List.of(Kind.CAPTION, Kind.BODY), kinds(r), caption);
      assertEquals("兩地簽署多項合作協議", r.release().title(), caption);
    }
  }

  @Test
  void aCaptionRepeatedRightAfterItselfIsKeptOnce() throws IngestException {
    String caption = "粤港合作联席会议第二十次会议今日在香港举行(全媒体记者某某摄)";
    ParsedRelease r =
        parse(
            "首页 > 快讯 > 正文\n\n粤港合作联席会议 签署多项协议\n\n2017-11-18\n" + caption + "\n\n" + caption + "\n\n"
                + "【文汇网讯】粤港合作联席会议第二十次会议今日在香港举行,双方签署七项协议及意向书,涵盖劳动监察、知识产权及医疗等方面。\n\n"
                + "双方同意继续推进大湾区建设,加强青少年交流。\n\n责任编辑:Cancan\n");
    assertEquals(List.of(Kind.CAPTION, Kind.BODY, Kind.BODY), kinds(r));
    assertEquals(caption, r.paragraphs().get(0).text());
    assertEquals(hk("2017-11-18T00:00"), r.release().published());
  }

  @Test
  void aLineWithoutALetterIsNoHeadlineCandidate() {
    for (String leftover : List.of("|", "｜", "│ ┃", "—— | ——", "* * *", "·")) {
      assertTrue(!Headline.isCandidate(new Block(leftover, Block.Type.TEXT)), leftover);
      assertTrue(Chrome.matches(leftover), leftover);
    }
    assertTrue(Headline.isCandidate(new Block("蘇港合作峰會", Block.Type.TEXT)));
  }

  private static List<Kind> kinds(ParsedRelease r) {
    return r.paragraphs().stream().map(Paragraph::kind).toList();
  }
}
