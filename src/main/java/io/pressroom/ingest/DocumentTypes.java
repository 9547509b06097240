package io.pressroom.ingest;

import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types of signed documents (memorandum of understanding, agreement, letter of intent …) and the
 * words that name them in {@code document-types.tsv}. A Chinese title names its type at its end
 * (《…合作諒解備忘錄》), an English one at its start ("Memorandum of Understanding on …").
 */
final class DocumentTypes {
  /** The type id for a title that names no listed type. */
  static final String OTHER = "other";

  /** A type and the words that named it, as written in the title. */
  record Match(String type, String label) {}

  private record Entry(String type, String label, Pattern word) {}

  private static final List<Entry> CHINESE = new ArrayList<>();
  private static final List<Entry> ENGLISH = new ArrayList<>();

  static {
    for (String[] row : Vocabulary.rows("document-types.tsv", 2)) {
      Entry e = new Entry(row[0], row[1], wordPattern(row[1]));
      (ChineseScript.hasHan(row[1]) ? CHINESE : ENGLISH).add(e);
    }
    CHINESE.sort(Comparator.comparingInt((Entry e) -> e.label().length()).reversed());
  }

  private DocumentTypes() {}

  /** The type a Chinese title ends with (the longest label that fits). */
  static Optional<Match> ofChineseTitle(String title) {
    for (Entry e : CHINESE) {
      if (title.endsWith(e.label())) {
        return Optional.of(new Match(e.type(), e.label()));
      }
    }
    return Optional.empty();
  }

  /** The type an English title names first (at the same place, the longest label). */
  static Optional<Match> ofEnglishTitle(String title) {
    Match best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Entry e : ENGLISH) {
      Matcher m = e.word().matcher(title);
      if (m.find()
          && (m.start() < bestStart || (m.start() == bestStart && m.group().length() > best.label().length()))) {
        best = new Match(e.type(), m.group());
        bestStart = m.start();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Chinese labels (both scripts), longest first, for patterns that must recognise a type. */
  static List<String> chineseLabels() {
    List<String> labels = new ArrayList<>();
    CHINESE.forEach(e -> labels.add(e.label()));
    return labels;
  }

  /** The English labels ("Memorandum of Understanding", "Agreement" …), as written in the data. */
  static List<String> englishLabels() {
    List<String> labels = new ArrayList<>();
    ENGLISH.forEach(e -> labels.add(e.label()));
    return labels;
  }

  private static Pattern wordPattern(String label) {
    return Pattern.compile(
        "(?<!\\p{L})" + Pattern.quote(label.toLowerCase(Locale.ROOT)) + "(?!\\p{L})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
