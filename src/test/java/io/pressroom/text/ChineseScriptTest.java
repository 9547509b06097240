package io.pressroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {

  @Test
  void foldsTraditionalKeepingLength() {
    String t = "滬港合作會議第六次會議就15範疇合作達成共識";
    String s = ChineseScript.toSimplified(t);
    assertEquals("沪港合作会议第六次会议就15范畴合作达成共识", s);
    assertEquals(t.length(), s.length());
    assertEquals(9, ChineseScript.traditionalCount(t)); // 滬會議會議範疇達識
  }

  @Test
  void foldsFullWidthAsciiAndIdeographicSpace() {
    assertEquals("RCEP 2024, M+ (C#)!", ChineseScript.toSimplified("ＲＣＥＰ　２０２４，　Ｍ＋　（Ｃ＃）！"));
    for (char c = 0xFF01; c <= 0xFF5E; c++) {
      assertEquals((char) (c - 0xFEE0), ChineseScript.toSimplified(c));
    }
    assertEquals(' ', ChineseScript.toSimplified('\u3000'));
    // Ideographic punctuation is not full-width ASCII and stays.
    assertEquals("。、「」《》", ChineseScript.toSimplified("。、「」《》"));
  }

  @Test
  void foldsCompatibilityIdeographsThroughTheirCanonicalForm() {
    // U+F907 is canonically U+9F9C 龜, Simplified 龟; U+F9B0 is 聆, which is unchanged.
    assertEquals('龟', ChineseScript.toSimplified('\uF907'));
    assertEquals('聆', ChineseScript.toSimplified('\uF9B0'));
  }

  @Test
  void leavesSurrogatesAndOtherTextAlone() {
    String s = "升降機𨋢 \uD800x\uDC00 abc Ωé";
    assertEquals("升降机𨋢 \uD800x\uDC00 abc Ωé", ChineseScript.toSimplified(s));
    for (char c = Character.MIN_SURROGATE; c < Character.MAX_SURROGATE; c++) {
      assertEquals(c, ChineseScript.toSimplified(c));
    }
  }

  @Test
  void foldsInPlace() {
    char[] buf = "xx綠色金融xx".toCharArray();
    ChineseScript.toSimplified(buf, 2, 4);
    assertEquals("xx绿色金融xx", new String(buf));
  }
}
