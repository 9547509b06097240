package io.pressroom.ingest;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that starts with a list number in brackets — (一), （二十）, (3) — as releases number
 * the documents signed at a meeting.
 *
 * @param number the item's number
 * @param body the text after the number
 */
record NumberedItem(int number, String body) {
  private static final Pattern MARKER =
      Pattern.compile("[(（]\\s*([0-9０-９]{1,4}|[一二三四五六七八九十百千零〇兩两]{1,8})\\s*[)）]\\s*", Pattern.DOTALL);

  /** The item {@code text} is, or empty if it does not start with a list number. */
  static Optional<NumberedItem> parse(String text) {
    Matcher m = MARKER.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    OptionalInt n = ChineseNumerals.parse(m.group(1));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new NumberedItem(n.getAsInt(), text.substring(m.end())));
  }
}
