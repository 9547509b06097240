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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * For each of {@code shown}, the other releases that publish its text (at most {@link
   * #MAX_ALSO_IN}), found with one search for all of them.
   */
  static List<List<String>> alsoIn(Snapshot s, List<Paragraph> shown) throws IOException {
    List<String> keys = new ArrayList<>();
    for (Paragraph p : shown) {
      keys.add(RepeatKey.of(p.text()));
    }
    List<String> wanted = keys.stream().filter(k -> k != null).distinct().toList();
    Map<String, Set<String>> releasesByKey = new HashMap<>();
    if (!wanted.isEmpty()) {
      // Each shown paragraph matches its own key; copies beyond that are rare, so the page is small.
      int limit = wanted.size() * (MAX_ALSO_IN + 1);
      for (StoredPage.Hit h : s.search(SearchPlan.list(List.of(Filter.anyOf(Fields.REPEAT_KEY, wanted)), limit)).hits()) {
        releasesByKey.computeIfAbsent(RepeatKey.of(h.paragraph().text()), k -> new LinkedHashSet<>())
            .add(h.paragraph().release().id());
      }
    }
    List<List<String>> out = new ArrayList<>(shown.size());
    for (int i = 0; i < shown.size(); i++) {
      String own = shown.get(i).release().id();
      List<String> others = releasesByKey.getOrDefault(keys.get(i), Set.of()).stream()
          .filter(r -> !r.equals(own)).limit(MAX_ALSO_IN).toList();
      out.add(others);
    }
    return out;
  }
}
