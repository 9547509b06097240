package io.pressroom.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows of a site's own controls — 「簡體版 英文版 寄給朋友」, "English | 繁體版 | 列印本页",
 * "Traditional Chinese Simplified Chinese Email this article" — recognised because every word of
 * the row is an interface word of {@code ui-words.txt}.
 */
final class PageControls {
  private static final Set<String> WORDS = load();
  private static final Pattern SEPARATORS = Pattern.compile("[\\s|｜·•/／\\[\\]【】:：]+");

  private PageControls() {}

  /** Whether {@code text} is nothing but interface words. */
  static boolean isControlRow(String text) {
    String[] tokens = SEPARATORS.split(Whitespace.trim(text));
    int n = 0;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (!WORDS.contains(t.toLowerCase(Locale.ROOT))) {
        return false;
      }
      n++;
    }
    return n > 0;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String w : Vocabulary.entries("ui-words.txt")) {
      words.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }
}
