package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** HTML pages: the seed article as a news site serves it, and the shapes other pages take. */
class HtmlReleaseTest {
  private static final String PAGE = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference.html";

  @Test
  void newsPageParsesLikeTheTextVersion() throws IngestException {
    ParsedRelease html = Fixtures.parse(PAGE);
    ParsedRelease text = SeedArticle.parse();
    SeedArticle.assertSameStructure(html, s -> s);
    assertEquals(summary(text), summary(html), "same paragraphs, kinds, sections, areas and agreements");
    SeedArticle.assertSeedMetadata(html.release());
  }

  private static List<String> summary(ParsedRelease r) {
    return r.paragraphs().stream()
        .map(p -> p.position() + " " + p.kind() + " " + p.lang() + " " + p.text() + " | " + p.section() + " | "
            + (p.area() == null ? null : p.area().id()) + " | " + p.agreement())
        .collect(Collectors.toList());
  }

  @Test
  void governmentPageLaidOutWithLineBreaks() throws IngestException {
    ParsedRelease r = Fixtures.parse("P2024042600710.html");
    Release release = r.release();
    assertEquals("Shanghai-Hong Kong Co-operation Conference holds sixth plenary session in Hong Kong (with photos)", release.title());
    assertEquals(OffsetDateTime.parse("2024-04-26T19:30+08:00"), release.published(), "from the trailer, though photos follow it");
    assertEquals(
        List.of(Kind.BODY, Kind.BODY, Kind.CLAUSE, Kind.CLAUSE, Kind.CAPTION),
        r.paragraphs().stream().map(Paragraph::kind).collect(Collectors.toList()));
    assertEquals(
        List.of("finance", "belt-road-trade"),
        SeedArticle.ofKind(r, Kind.CLAUSE).stream().map(p -> p.area().id()).collect(Collectors.toList()));
    assertEquals("The Belt and Road Initiative", r.paragraphs().get(3).section(), "a heading underlined with ———");
    assertEquals("The Chief Executive, Mr John Lee, speaks at the plenary session today (April 26).", r.paragraphs().get(4).text());
  }

  @Test
  void pageWithoutArticleElementUsesTheDensestParagraphs() throws IngestException {
    String page =
        "<html><head><title>Harbour clean-up starts | Example News</title></head><body>"
            + "<div class=nav><p>Home</p><p>World</p></div>"
            + "<div class=story><p>Volunteers began clearing the harbour front on Saturday morning.</p>"
            + "<p>More than 200 people joined &amp; collected 3 tonnes of rubbish.</p></div>"
            + "<div class=footer><p>Contact</p></div></body></html>";
    ParsedRelease r = Fixtures.parseText(page, "cleanup.html");
    assertEquals("Harbour clean-up starts", r.release().title());
    assertEquals(
        List.of("Volunteers began clearing the harbour front on Saturday morning.", "More than 200 people joined & collected 3 tonnes of rubbish."),
        texts(r));
  }

  @Test
  void logoInAnH1IsNeitherTitleNorParagraph() throws IngestException {
    String page =
        "<html><head><title>港股收市 | 香港商報</title></head><body><header><h1>香港商報</h1></header>"
            + "<div class=main><h1>香港商報</h1><div class=c><p>恒指今日收市升三百點。</p><p>科技股表現突出。</p></div></div></body></html>";
    ParsedRelease r = Fixtures.parseText(page, "market.html");
    assertEquals("港股收市", r.release().title());
    assertEquals("香港商報", r.release().publisher(), "the site named at the end of <title>");
    assertEquals(List.of("恒指今日收市升三百點。", "科技股表現突出。"), texts(r));
  }

  @Test
  void entitiesBreaksAndInlineMarkup() throws IngestException {
    String page =
        "<!doctype html><article><h1>&#x6E2C;&#35430;</h1>"
            + "<p>第一行&nbsp;<b>粗體</b>與<a href=x>連結</a>。<br>第二行&lt;保留&gt;。</p>"
            + "<ul><li>甲項內容。</li><li>乙項內容。</li></ul><pre>一行。\n兩行。</pre></article>";
    ParsedRelease r = ReleaseParser.standard().parse(page.getBytes(StandardCharsets.UTF_8), null, ReleaseParser.Format.AUTO);
    assertEquals("測試", r.release().title());
    assertEquals(List.of("第一行\u00A0粗體與連結。", "第二行<保留>。", "甲項內容。", "乙項內容。", "一行。", "兩行。"), texts(r));
  }

  @Test
  void figcaptionAndTextAfterImageAreCaptions() throws IngestException {
    String page =
        "<article><h1>標題</h1><p>開頭段落。</p><figure><img src=a.jpg><figcaption>甲圖說明</figcaption></figure>"
            + "<p><img src=b.png></p><p>乙圖說明</p><p>結尾段落。</p></article>";
    ParsedRelease r = Fixtures.parseText(page, "p.html");
    assertEquals(
        List.of(Kind.BODY, Kind.CAPTION, Kind.CAPTION, Kind.BODY),
        r.paragraphs().stream().map(Paragraph::kind).collect(Collectors.toList()));
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() throws IngestException {
    StringBuilder page = new StringBuilder("<html><body>");
    int depth = 100_000;
    page.append("<div>".repeat(depth)).append("<p>深處的段落。</p>").append("</div>".repeat(depth)).append("</body></html>");
    ParsedRelease r = Fixtures.parseText(page.toString(), "deep.html");
    assertEquals(List.of("深處的段落。"), texts(r));
  }

  @Test
  void pageWithoutTextIsRefused() {
    IngestException e =
        assertThrows(
            IngestException.class,
            () -> Fixtures.parseText("<html><head><script>var a = '文字';</script></head><body><nav>首頁</nav></body></html>", "empty.html"));
    assertEquals(IngestException.Reason.NO_TEXT, e.reason());
    assertEquals("empty.html", e.source());
  }

  @Test
  void formatIsSniffedWhenTheNameSaysNothing() throws IngestException {
    ParsedRelease r =
        ReleaseParser.standard().parse("  <!DOCTYPE html><p>Hello from HTML.</p>".getBytes(StandardCharsets.UTF_8), "body", ReleaseParser.Format.AUTO);
    assertEquals(List.of("Hello from HTML."), texts(r));
    ParsedRelease asText =
        ReleaseParser.standard().parse("<p>kept as text</p>".getBytes(StandardCharsets.UTF_8), "notes.txt", ReleaseParser.Format.AUTO);
    assertEquals(List.of("<p>kept as text</p>"), texts(asText));
    assertNull(asText.release().published());
  }

  private static List<String> texts(ParsedRelease r) {
    return r.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
  }
}
