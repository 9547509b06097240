package io.pressroom.ingest;

/**
 * Whitespace as press releases use it: besides ASCII spaces, the no-break space (U+00A0) that web
 * pages indent paragraphs with, the ideographic space (U+3000) of Chinese typesetting, a stray byte
 * order mark and zero-width spaces. {@link String#strip()} keeps U+00A0, so it is not enough here.
 */
final class Whitespace {
  private Whitespace() {}

  /** Whether {@code cp} is whitespace in the sense above. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x200B;
  }

  /** {@code s} without leading and trailing whitespace; the inside is unchanged. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Whether {@code s} holds nothing but whitespace. */
  static boolean isBlank(String s) {
    return trim(s).isEmpty();
  }
}
