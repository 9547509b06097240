package io.pressroom.ingest;

import io.pressroom.text.ChineseScript;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * Tells English from Chinese, and Traditional from Simplified Chinese, so that every paragraph can
 * be analysed and filtered by its own script.
 *
 * <p>Chinese or English: Han characters against Latin letters (a Han character weighs about as much
 * as a short English word). Traditional or Simplified: characters only one script uses. A character
 * counts as Traditional when {@link ChineseScript} folds it and the Simplified standard (GB 2312)
 * lacks it, so that everyday Simplified characters the table also folds (著, 乾, 於) are not taken
 * for Traditional; it counts as Simplified when GB 2312 has it and Big5 does not (not Big5-HKSCS, which also
 * has Simplified characters such as 学 and 经). A Chinese
 * paragraph with neither kind (e.g. 上海市) keeps the language of its release.
 */
public final class LanguageDetector {
  /** Traditional Chinese. */
  public static final String TRADITIONAL = "zh-Hant";
  /** Simplified Chinese. */
  public static final String SIMPLIFIED = "zh-Hans";
  /** English (and any other Latin-script text). */
  public static final String ENGLISH = "en";

  private static final BitSet TRADITIONAL_ONLY = new BitSet(0x10000);
  private static final BitSet SIMPLIFIED_ONLY = new BitSet(0x10000);

  static {
    CharsetEncoder gb2312 = encoder("GB2312");
    CharsetEncoder big5 = encoder("Big5");
    for (int c = 0x3400; c < 0x10000; c++) {
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        continue;
      }
      char ch = (char) c;
      boolean inGb = gb2312 != null && gb2312.canEncode(ch);
      if (ChineseScript.toSimplified(ch) != ch && !inGb) {
        TRADITIONAL_ONLY.set(c);
      } else if (inGb && big5 != null && !big5.canEncode(ch)) {
        SIMPLIFIED_ONLY.set(c);
      }
    }
  }

  private LanguageDetector() {}

  /**
   * The language of one paragraph: {@code en}, {@code zh-Hant} or {@code zh-Hans}; {@code fallback}
   * (the release's language) when the text does not decide it.
   */
  public static String detect(CharSequence text, String fallback) {
    Counts c = Counts.of(text);
    if (c.han == 0 && c.latin == 0) {
      return fallback;
    }
    if (c.isLatin()) {
      return ENGLISH;
    }
    if (c.traditional != c.simplified) {
      return c.traditional > c.simplified ? TRADITIONAL : SIMPLIFIED;
    }
    return fallback.startsWith("zh") ? fallback : SIMPLIFIED;
  }

  /** The dominant language of a whole release; Chinese without script evidence is Simplified. */
  public static String detectRelease(CharSequence text) {
    Counts c = Counts.of(text);
    if (c.han == 0 || c.isLatin()) {
      return ENGLISH;
    }
    return c.traditional > c.simplified ? TRADITIONAL : SIMPLIFIED;
  }

  /** Whether {@code cp} is a Han (Chinese) character. */
  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }


  private static CharsetEncoder encoder(String name) {
    return Charset.isSupported(name) ? Charset.forName(name).newEncoder() : null;
  }

  private static final class Counts {
    int han;
    int latin;
    int traditional;
    int simplified;

    static Counts of(CharSequence text) {
      Counts c = new Counts();
      text.codePoints()
          .forEach(
              cp -> {
                if (isHan(cp)) {
                  c.han++;
                  if (TRADITIONAL_ONLY.get(cp)) {
                    c.traditional++;
                  } else if (SIMPLIFIED_ONLY.get(cp)) {
                    c.simplified++;
                  }
                } else if (Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                  c.latin++;
                }
              });
      return c;
    }

    boolean isLatin() {
      return han * 3 < latin;
    }
  }
}
