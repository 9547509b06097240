package io.pressroom.ingest;

/**
 * The shape of a line of text — how long it is, how it ends, whether it reads like a sentence —
 * which is what tells a headline, a heading, a page control and article text apart on pages the
 * parser has never seen.
 */
final class TextShape {
  /** Punctuation that ends a sentence or a clause: a line ending so is not a heading or headline. */
  static final String SENTENCE_END = "。！？；：.;:!?，,、…";
  private static final String FULL_STOP = "。！？.!?";
  private static final String CLOSERS = "」』”’\"')）]》】";
  private static final String SENTENCE_INSIDE = "。！？";
  private static final int MIN_SENTENCE_HAN = 4;
  private static final int MIN_PUNCTUATED_HAN = 15;
  /** Longer than the longest headlines: running text even without a full stop (a page cut off). */
  private static final int MIN_RUNNING_HAN = 60;
  private static final int MIN_SENTENCE_WORDS = 5;
  private static final int MIN_RUNNING_WORDS = 30;
  private static final int MIN_BULLET_WORDS = 8;
  private static final int MIN_OPEN_HAN = 10;

  private TextShape() {}

  /** How many Chinese characters {@code s} holds. */
  static int han(String s) {
    return (int) s.codePoints().filter(LanguageDetector::isHan).count();
  }

  /** How many Latin words {@code s} holds. */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = Character.isLetterOrDigit(c) && !LanguageDetector.isHan(c);
      if (letter && !in) {
        n++;
      }
      in = letter || (in && (c == '\'' || c == '’' || c == '-'));
    }
    return n;
  }

  /** Whether {@code s} is mostly Chinese (a Chinese character weighs about an English word). */
  static boolean chinese(String s) {
    return han(s) * 2 >= words(s) && han(s) > 0;
  }

  /** The last character of {@code s} before closing quotes and brackets, or 0. */
  static char lastMark(String s) {
    int end = s.length();
    while (end > 0 && (CLOSERS.indexOf(s.charAt(end - 1)) >= 0 || Whitespace.isSpace(s.charAt(end - 1)))) {
      end--;
    }
    return end == 0 ? 0 : s.charAt(end - 1);
  }

  /** Whether {@code s} ends with sentence or clause punctuation. */
  static boolean endsOpen(String s) {
    char c = lastMark(s);
    return c != 0 && SENTENCE_END.indexOf(c) >= 0;
  }

  /** Whether {@code s} ends with a full stop, question or exclamation mark. */
  static boolean endsSentence(String s) {
    char c = lastMark(s);
    return c != 0 && FULL_STOP.indexOf(c) >= 0;
  }

  /**
   * Whether {@code s} reads like article text — a sentence, or running text — rather than a
   * headline, a heading or a page control.
   */
  static boolean isArticleText(String s) {
    if (PhotoCredits.isCaption(s)) {
      return true;
    }
    if (chinese(s)) {
      int han = han(s);
      return (endsSentence(s) && han >= MIN_SENTENCE_HAN)
          || (han >= MIN_PUNCTUATED_HAN && containsAny(s, SENTENCE_INSIDE))
          || han >= MIN_RUNNING_HAN;
    }
    int words = words(s);
    if (NumberedItem.parse(s).map(i -> i.style().equals(NumberedItem.BULLET)).orElse(false)) {
      return words >= MIN_BULLET_WORDS;
    }
    return (endsSentence(s) && words >= MIN_SENTENCE_WORDS) || words >= MIN_RUNNING_WORDS;
  }

  /**
   * Whether {@code s} can open an article: article text, or a line long enough that ends as a
   * sentence leading into a list does (「雙方簽署以下文件:」, "The two sides signed two documents:").
   */
  static boolean opensArticle(String s) {
    if (isArticleText(s)) {
      return true;
    }
    return endsOpen(s) && (chinese(s) ? han(s) >= MIN_OPEN_HAN : words(s) >= MIN_SENTENCE_WORDS);
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
