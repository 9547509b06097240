package io.pressroom.compare;

import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text cut into the units a comparison marks: each Han character on its own (Chinese has no spaces
 * between words, so a changed word shows as its changed characters), a run of Latin letters or
 * digits as one word, a run of spaces as one token, and every other character (punctuation) on its
 * own. Tokens are compared by their key — Simplified and lower-cased — so that a Traditional and a
 * Simplified release, or a change of case, do not count as rewording; the text shown is the
 * original.
 */
final class Tokens {
  /** One token: its place in the original text and the key it is compared by. */
  record Token(int start, int end, String key, boolean content) {}

  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    String folded = ChineseScript.toSimplified(text);
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      int start = i;
      int next = i + Character.charCount(cp);
      if (isHan(cp)) {
        out.add(token(text, folded, start, next, true));
        i = next;
      } else if (Character.isLetterOrDigit(cp)) {
        int j = next;
        while (j < n) {
          int c = text.codePointAt(j);
          if (!Character.isLetterOrDigit(c) || isHan(c)) {
            break;
          }
          j += Character.charCount(c);
        }
        out.add(token(text, folded, start, j, true));
        i = j;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        int j = next;
        while (j < n && (Character.isWhitespace(text.codePointAt(j)) || Character.isSpaceChar(text.codePointAt(j)))) {
          j += Character.charCount(text.codePointAt(j));
        }
        out.add(new Token(start, j, " ", false));
        i = j;
      } else {
        out.add(token(text, folded, start, next, false));
        i = next;
      }
    }
    return out;
  }

  private static Token token(String text, String folded, int start, int end, boolean content) {
    String key = folded.length() == text.length() ? folded.substring(start, end) : text.substring(start, end);
    return new Token(start, end, key.toLowerCase(Locale.ROOT), content);
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
