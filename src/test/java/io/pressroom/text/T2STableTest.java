package io.pressroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped Traditional→Simplified table is ICU's, plus checked variant additions. */
class T2STableTest {
  private static final Transliterator ICU = Transliterator.getInstance("Traditional-Simplified");

  private static String resource(String name) throws IOException {
    try (InputStream in = ChineseScript.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> pairs(String content) {
    return content
        .lines()
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toList());
  }

  @Test
  void shippedIcuTableIsExactlyWhatIcuGenerates() throws IOException {
    assertEquals(T2STableGenerator.generate(), resource("t2s-icu.txt"));
  }

  @Test
  void everyIcuMappingIsOneBmpHanCharToOneBmpChar() throws IOException {
    List<String> pairs = pairs(resource("t2s-icu.txt"));
    assertTrue(pairs.size() > 2500, "ICU table unexpectedly small: " + pairs.size());
    for (String p : pairs) {
      assertEquals(2, p.length(), p);
      assertTrue(Character.isBmpCodePoint(p.codePointAt(0)) && !Character.isSurrogate(p.charAt(0)));
      assertTrue(!Character.isSurrogate(p.charAt(1)), p);
      assertEquals(UScript.HAN, UScript.getScript(p.charAt(0)), p);
      assertEquals(p.charAt(1), ChineseScript.toSimplified(p.charAt(0)), p);
    }
  }

  @Test
  void everyExtraVariantIsNeededAndMapsToASimplifiedChar() throws IOException {
    List<String> pairs = pairs(resource("t2s-extra.txt"));
    assertTrue(pairs.size() >= 2);
    for (String p : pairs) {
      assertEquals(2, p.length(), p);
      String variant = p.substring(0, 1);
      String simplified = p.substring(1);
      assertEquals(variant, ICU.transliterate(variant), "ICU already maps " + p + ": drop it");
      assertEquals(simplified, ICU.transliterate(simplified), p + ": target is not Simplified");
      assertNotEquals(variant, simplified, p);
      assertEquals(simplified.charAt(0), ChineseScript.toSimplified(variant.charAt(0)), p);
      // The variant folds to the same thing as the Traditional form ICU knows, if there is one.
      assertEquals(simplified, ChineseScript.toSimplified(ICU.transliterate(simplified)), p);
    }
  }

  @Test
  void hongKongVariantsInText() {
    // Variants added by hand: same result as the standard Traditional form ICU maps.
    assertEquals("医务卫生局", ChineseScript.toSimplified("醫務衞生局"));
    assertEquals("医务卫生局", ChineseScript.toSimplified("醫務衛生局"));
    assertEquals("高峰", ChineseScript.toSimplified("高峯"));
    assertEquals("汇丰", ChineseScript.toSimplified("滙豐"));
    assertEquals("汇丰", ChineseScript.toSimplified("匯豐"));
    assertEquals("面包", ChineseScript.toSimplified("麪包"));
    assertEquals("面包", ChineseScript.toSimplified("麵包"));
    assertEquals("娴熟", ChineseScript.toSimplified("嫺熟"));
    assertEquals("娴熟", ChineseScript.toSimplified("嫻熟"));
    assertEquals("只有", ChineseScript.toSimplified("衹有"));
    assertEquals("斗争", ChineseScript.toSimplified("鬬爭"));
    assertEquals("斗争", ChineseScript.toSimplified("鬥爭"));
    assertEquals("污染", ChineseScript.toSimplified("汚染"));
    assertEquals("情绪", ChineseScript.toSimplified("情緖"));
    assertEquals("清青教既晚告尚并叙", ChineseScript.toSimplified("淸靑敎旣晩吿尙幷敍"));
    // Checked and already handled by ICU.
    assertEquals(
        "线里为伪启众群温鸡众鉴湾汇", ChineseScript.toSimplified("綫裏爲僞啓衆羣溫鷄眾鑑灣匯"));
    // Left alone on purpose: 着 is already Simplified; 邨 (Hong Kong estates, 彩虹邨) and 甯 (a
    // surname, 甯漢豪) are written the same way in Simplified text; 噁 stays (二噁英, dioxin).
    assertEquals("着邨甯噁", ChineseScript.toSimplified("着邨甯噁"));
  }
}
