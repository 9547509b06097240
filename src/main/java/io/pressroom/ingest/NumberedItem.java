package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that starts with a list mark — (一), （二十）, (3), 1., 1、, 一、, ①, or a bullet — as
 * releases number the documents signed at a meeting and, at times, the co-operation areas. The
 * numbering styles are data ({@code list-numbers.tsv}).
 *
 * @param number the item's number; 0 for a bullet, whose number is its place in its list
 * @param body the text after the mark
 * @param style the numbering style's name in {@code list-numbers.tsv} (bracketed, arabic, bullet …)
 */
record NumberedItem(int number, String body, String style) {
  /** The style of bullets, which carry no number. */
  static final String BULLET = "bullet";

  private record Style(String name, Pattern mark) {}

  private static final List<Style> STYLES = load();

  /** The item {@code text} is, or empty if it does not start with a list mark. */
  static Optional<NumberedItem> parse(String text) {
    for (Style s : STYLES) {
      Matcher m = s.mark().matcher(text);
      if (!m.lookingAt() || m.end() >= text.length()) {
        continue;
      }
      String body = text.substring(m.end());
      if (s.name().equals(BULLET)) {
        return Optional.of(new NumberedItem(0, body, BULLET));
      }
      OptionalInt n = number(m.group(1));
      if (n.isPresent()) {
        return Optional.of(new NumberedItem(n.getAsInt(), body, s.name()));
      }
    }
    return Optional.empty();
  }

  /** This item with {@code number}: how a bullet gets its place in its list. */
  NumberedItem numbered(int number) {
    return new NumberedItem(number, body, style);
  }

  private static OptionalInt number(String mark) {
    int cp = mark.codePointAt(0);
    if (cp >= '①' && cp <= '⑳') {
      return OptionalInt.of(cp - '①' + 1);
    }
    StringBuilder ascii = new StringBuilder();
    mark.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(ascii::appendCodePoint);
    return ChineseNumerals.parse(ascii.toString());
  }

  private static List<Style> load() {
    List<Style> styles = new ArrayList<>();
    for (String[] row : Vocabulary.rows("list-numbers.tsv", 2)) {
      styles.add(new Style(row[0], Pattern.compile(row[1], Pattern.DOTALL)));
    }
    return List.copyOf(styles);
  }
}
