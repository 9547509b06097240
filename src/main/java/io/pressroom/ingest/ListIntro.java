package io.pressroom.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence that announces a list — 「滬港雙方就以下15個範疇的合作方向達成共識:」, "Hong Kong and
 * Shanghai reached consensus on the following 13 co-operation areas:" — by the phrases of {@code
 * list-intros.txt} or a closing colon, and the number of areas it states, if any, which the list's
 * headings are checked against.
 *
 * @param areas how many areas the sentence says follow, or null when it states no number
 */
record ListIntro(Integer areas) {
  private static final PhraseList PHRASES = PhraseList.load("list-intros.txt");
  private static final Pattern CHINESE_COUNT =
      Pattern.compile("([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[個个項项大]?\\s*(?:重點|重点|合作|主要)?(?:範疇|范畴|領域|领域|方面|範圍|范围|方向)");
  private static final Pattern ENGLISH_COUNT =
      Pattern.compile("\\b(\\d{1,2}|[a-z]+(?:-[a-z]+)?)\\s+(?:key\\s+|major\\s+|main\\s+)?(?:co-?operation\\s+)?areas\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> ENGLISH_NUMBERS =
      Map.ofEntries(
          Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
          Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
          Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
          Map.entry("twenty", 20));
  /** An intro is one sentence or two; a long paragraph that happens to say 以下 is not one. */
  private static final int MAX_INTRO_CHARS = 400;

  /** The list {@code paragraph} announces, or empty if it announces none. */
  static Optional<ListIntro> of(String paragraph) {
    String t = Whitespace.trim(paragraph);
    if (t.length() > MAX_INTRO_CHARS || !(PHRASES.occursIn(lastSentence(t)) || t.endsWith(":") || t.endsWith("："))) {
      return Optional.empty();
    }
    return Optional.of(new ListIntro(count(t)));
  }

  private static Integer count(String t) {
    Matcher m = CHINESE_COUNT.matcher(t);
    if (m.find()) {
      StringBuilder ascii = new StringBuilder();
      m.group(1).codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(ascii::appendCodePoint);
      OptionalInt n = ChineseNumerals.parse(ascii.toString());
      return n.isPresent() ? n.getAsInt() : null;
    }
    m = ENGLISH_COUNT.matcher(t);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (w.chars().allMatch(Character::isDigit)) {
        return Integer.parseInt(w);
      }
      if (ENGLISH_NUMBERS.containsKey(w)) {
        return ENGLISH_NUMBERS.get(w);
      }
    }
    return null;
  }

  /** The paragraph's last sentence, where a list's announcement stands. */
  private static String lastSentence(String t) {
    String body = t.replaceAll("[。.！!？?]\\s*$", "");
    int cut = Math.max(Math.max(body.lastIndexOf('。'), body.lastIndexOf(". ")), Math.max(body.lastIndexOf('！'), body.lastIndexOf('？')));
    return cut < 0 ? t : t.substring(cut + 1);
  }
}
