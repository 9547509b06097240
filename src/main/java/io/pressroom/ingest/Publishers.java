package io.pressroom.ingest;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The publishers listed in {@code publishers.tsv}: newspapers, news sites and government press
 * offices, each with the time zone its dates are written in (香港商報 → Asia/Hong_Kong), and the
 * other names it goes by (its site name, its name in the other script, its domain).
 */
final class Publishers {
  /** A publisher: its name as shown, and the zone of the dates it prints. */
  record Publisher(String name, ZoneId zone) {}

  private static final Map<String, Publisher> BY_NAME = load();

  private Publishers() {}

  /** The publisher {@code text} names (the whole text, not a part of it), if listed. */
  static Optional<Publisher> find(String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(text)));
  }

  /**
   * The publisher a byline names as a whole word before its labelled fields: the site in
   * 「中央政府門戶網站 www.gov.cn 2010年09月17日 來源:新華社」, never the agency of its 來源 field.
   */
  static Optional<Publisher> inByline(String line) {
    for (String token : Whitespace.trim(line).split("[\\s\\u3000\\u00A0]+")) {
      if (token.indexOf(':') >= 0 || token.indexOf('：') >= 0) {
        break;
      }
      Optional<Publisher> p = find(token);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Map<String, Publisher> load() {
    Map<String, Publisher> byName = new HashMap<>();
    for (String[] row : Vocabulary.rows("publishers.tsv", 2)) {
      Publisher publisher = new Publisher(row[0], ZoneId.of(row[1]));
      byName.put(key(row[0]), publisher);
      if (row.length > 2 && !row[2].isEmpty()) {
        for (String alias : row[2].split("\\|")) {
          byName.put(key(alias), publisher);
        }
      }
    }
    return Map.copyOf(byName);
  }

  private static String key(String name) {
    StringBuilder b = new StringBuilder();
    name.codePoints().filter(cp -> !Whitespace.isSpace(cp)).forEach(b::appendCodePoint);
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
