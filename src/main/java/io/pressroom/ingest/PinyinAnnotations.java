package io.pressroom.ingest;

import java.util.regex.Pattern;

/**
 * Removes the pinyin that some mirror sites insert after characters — 會(huì)議 for 會議 — so that
 * the words match again; everything else is kept. An annotation is one syllable in brackets,
 * lower case with a tone mark, right after a Chinese character (or the '?' or U+FFFD a broken
 * mirror left in its place).
 */
final class PinyinAnnotations {
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  private static final Pattern ANNOTATION =
      Pattern.compile(
          "(?<=[\\p{IsHan}?\uFFFD])[(（](?=[a-zü]*[" + TONED + "])[a-zü" + TONED + "]{1,7}[)）]");

  private PinyinAnnotations() {}

  /** {@code text} without pinyin annotations. */
  static String strip(String text) {
    return ANNOTATION.matcher(text).replaceAll("");
  }
}
