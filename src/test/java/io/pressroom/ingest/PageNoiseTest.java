package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import io.pressroom.text.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Noise that mirrors and site templates add to a page is taken off; the article text is kept. */
class PageNoiseTest {
  @Test
  void pinyinAnnotationsAreRemovedAndNothingElse() {
    assertEquals("滬港合作會議第四次會議", PinyinAnnotations.strip("滬港合作會(huì)議第四次會(huì)議"));
    assertEquals("兩地簽署15項合作協議", PinyinAnnotations.strip("兩地簽(qiān)署15項(xiàng)合作協(xié)議"));
    assertEquals("香港(HK)與上海(sh)", PinyinAnnotations.strip("香港(HK)與上海(sh)"), "no tone mark, no annotation");
    assertEquals("Hong Kong (hǎo)", PinyinAnnotations.strip("Hong Kong (hǎo)"), "only right after a Chinese character");
  }

  @Test
  void dateStampGluedToTheHeadlineIsSplitOff() {
    List<Block> blocks = DateStamps.split(List.of(new Block("date 2023-03-22 Hong Kong, Guangdong sign five deals", Block.Type.TEXT)));
    assertEquals(List.of(new Block("date 2023-03-22", Block.Type.TEXT), new Block("Hong Kong, Guangdong sign five deals", Block.Type.TEXT)), blocks);
  }

  @Test
  void controlRowsAndPageNumbersAreChrome() {
    for (String chrome :
        List.of("簡體版 英文版 寄給朋友 政府主網頁", "English | 繁體版 | 列印本页", "Traditional Chinese Simplified Chinese Email this article",
            "【 第1頁 第2頁 第3頁 】", "【字体：小字号 中字号 大字号】  打印  分享到：", "责任编辑:Cancan", "(香港大公文汇全媒体新闻中心供稿)")) {
      assertTrue(Chrome.matches(chrome) || Byline.is(chrome), chrome);
    }
    assertFalse(Chrome.matches("金融"), "an area heading is no chrome");
    assertFalse(Chrome.matches("滬港合作會議第六次會議在港舉行"));
  }

  @Test
  void simplifiedVersionOfTheSeedLosesItsSimplifiedChromeToo() throws IOException, IngestException {
    String traditional = Files.readString(SeedArticle.FILE, StandardCharsets.UTF_8);
    String simplified = ChineseScript.toSimplified(traditional);
    ParsedRelease seed = SeedArticle.parse();
    ParsedRelease r = ReleaseParser.standard().parse(simplified.getBytes(StandardCharsets.UTF_8), "seed-simplified.txt", ReleaseParser.Format.TEXT);
    assertEquals(ChineseScript.toSimplified(seed.release().title()), r.release().title());
    assertEquals(seed.release().published(), r.release().published());
    assertEquals(
        seed.paragraphs().stream().map(p -> ChineseScript.toSimplified(p.text())).toList(),
        r.paragraphs().stream().map(Paragraph::text).toList());
    for (Paragraph p : r.paragraphs()) {
      for (String chrome : List.of("热门排行", "承印人", "版权", "友情链接", "香港商报PDF", "天气", "责任编辑", "联络我们")) {
        assertFalse(p.text().contains(chrome), p.id() + " contains " + chrome);
      }
    }
  }
}
