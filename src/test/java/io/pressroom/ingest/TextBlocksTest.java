package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
  @Test
  void oneParagraphALineWhenNotWrapped() {
    assertEquals(
        List.of(new Block("香港商報", Block.Type.TEXT), new Block("-- 天氣", Block.Type.TEXT), new Block("42.jpg", Block.Type.IMAGE)),
        TextBlocks.split("香港商報\n-- 天氣\n\n42.jpg\n"));
  }

  @Test
  void underlinedLineIsAHeading() {
    assertEquals(
        List.of(new Block("Title here", Block.Type.HEADING), new Block("Text.", Block.Type.TEXT)),
        TextBlocks.split("Title here\n**********\n\n     Text.\n"));
    assertEquals(
        List.of(new Block("A long paragraph that a short rule only separates.", Block.Type.TEXT)),
        TextBlocks.split("A long paragraph that a short rule only separates.\n---\n"));
  }

  @Test
  void hardWrappedChineseJoinsWithoutSpaces() {
    String wrapped =
        "　　香港特別行政區政府今日公布新一輪資助計劃，\n"
            + "協助本地中小企業開拓內地及海外市場，提升競爭力\n"
            + "。申請期由下月一日開始。\n"
            + "\n"
            + "　　有興趣的企業可瀏覽相關網頁，了解申請詳情及\n"
            + "資格要求，或致電查詢熱線。\n";
    assertEquals(
        List.of(
            new Block("香港特別行政區政府今日公布新一輪資助計劃，協助本地中小企業開拓內地及海外市場，提升競爭力。申請期由下月一日開始。", Block.Type.TEXT),
            new Block("有興趣的企業可瀏覽相關網頁，了解申請詳情及資格要求，或致電查詢熱線。", Block.Type.TEXT)),
        TextBlocks.split(wrapped));
  }
}
