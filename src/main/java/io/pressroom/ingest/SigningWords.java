package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a paragraph speaks of signing documents (簽署, signed …, from {@code signing-words.txt}):
 * the numbered list that such a paragraph introduces is a list of signed documents.
 */
final class SigningWords {
  private static final List<String> CHINESE = new ArrayList<>();
  private static final Pattern ENGLISH;

  static {
    List<String> english = new ArrayList<>();
    for (String word : Vocabulary.entries("signing-words.txt")) {
      (LanguageDetector.hasHan(word) ? CHINESE : english).add(word);
    }
    ENGLISH =
        Pattern.compile(
            "(?<!\\p{L})(?:" + english.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
  }

  private SigningWords() {}

  static boolean mentionsSigning(String text) {
    return CHINESE.stream().anyMatch(text::contains) || ENGLISH.matcher(text).find();
  }

  /** Where the first Chinese signing word in {@code text} starts (「…還簽署了兩份文件」), or -1. */
  static int firstChinese(String text) {
    int first = -1;
    for (String word : CHINESE) {
      int i = text.indexOf(word);
      if (i >= 0 && (first < 0 || i < first)) {
        first = i;
      }
    }
    return first;
  }
}
