package io.pressroom.search;

import io.pressroom.model.Paragraph;
import io.pressroom.store.Fields;
import io.pressroom.store.Filter;
import io.pressroom.store.RepeatKey;
import io.pressroom.store.SearchPlan;
import io.pressroom.store.Snapshot;
import io.pressroom.store.StoredPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Repeats in a ranking: the same text published by several outlets, mirrored, or repeated in
 * another session ({@link RepeatKey}). A ranking shows each text once, where it ranks best, and
 * names the other releases that carry it.
 */
final class Repeats {
  /** Most releases named for one repeated text. */
  static final int MAX_ALSO_IN = 50;

  private Repeats() {}

  /** Hits {@code [from, from + size)} of {@code ranked} once every text's later repeats are left out. */
  static List<StoredPage.Hit> firstOfEach(List<StoredPage.Hit> ranked, int from, int size) {
    Set<String> seen = new HashSet<>();
    List<StoredPage.Hit> kept = new ArrayList<>();
    for (StoredPage.Hit h : ranked) {
      String key = RepeatKey.of(h.paragraph().text());
      if (key == null || seen.add(key)) {
        kept.add(h);
      }
    }
    return from >= kept.size() ? List.of() : List.copyOf(kept.subList(from, Math.min(kept.size(), from + size)));
  }

  /** The other releases that publish {@code p}'s text, oldest first. */
  static List<String> alsoIn(Snapshot s, Paragraph p) throws IOException {
    String key = RepeatKey.of(p.text());
    if (key == null) {
      return List.of();
    }
    Set<String> releases = new LinkedHashSet<>();
    for (StoredPage.Hit h : s.search(SearchPlan.list(List.of(Filter.is(Fields.REPEAT_KEY, key)), MAX_ALSO_IN + 1)).hits()) {
      String release = h.paragraph().release().id();
      if (!release.equals(p.release().id()) && releases.size() < MAX_ALSO_IN) {
        releases.add(release);
      }
    }
    return List.copyOf(releases);
  }
}
