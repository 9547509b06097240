package io.pressroom.ingest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises site chrome — widgets, navigation, imprint and contact lines a news site puts around an
 * article (熱門排行, 友情鏈接, copyright, telephone …) — from the patterns in {@code chrome.txt}, and
 * rows of the site's own controls ({@link PageControls}). Callers apply it only to a page's header
 * and footer, so article text is never taken for chrome.
 */
final class Chrome {
  private static final Pattern CHROME = load();
  /** Chrome is a line or two; longer blocks are article text. */
  private static final int MAX_CHROME_CHARS = 400;

  private Chrome() {}

  /** Whether the whole of {@code text} is chrome. */
  static boolean matches(String text) {
    return text.length() <= MAX_CHROME_CHARS && (CHROME.matcher(text).matches() || PageControls.isControlRow(text));
  }

  private static Pattern load() {
    List<String> patterns = Vocabulary.entries("chrome.txt");
    String alternatives = patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|"));
    return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
