package io.pressroom.search;

import io.pressroom.store.Fields;
import io.pressroom.store.RepeatKey;
import io.pressroom.store.StoredPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repeats in a ranking: the same text published by several outlets, mirrored, or repeated in
 * another session ({@link RepeatKey}). A ranking shows each text once, where it ranks best, and
 * names the other releases that carry it, read from the hits' doc values, not their paragraphs.
 */
final class Repeats {
  /** Most releases named for one repeated text. */
  static final int MAX_ALSO_IN = 50;
  /** What a ranking reads of each hit to find repeats: the text's key (and the release, to name it). */
  static final List<String> HIT_VALUES = List.of(Fields.REPEAT_KEY, Fields.RELEASE);

  private Repeats() {}

  /**
   * Hits {@code [from, from + size)} of {@code ranked} once every text's later copies are left out,
   * each with the other releases whose copies were left out (the copies of one text rank together:
   * they hold the same words).
   */
  static List<Shown> firstOfEach(List<StoredPage.Hit> ranked, int from, int size) {
    Map<String, Shown> byKey = new HashMap<>();
    List<Shown> kept = new ArrayList<>();
    for (StoredPage.Hit h : ranked) {
      String key = h.values().get(Fields.REPEAT_KEY);
      Shown first = key == null ? null : byKey.get(key);
      if (first == null) {
        Shown shown = new Shown(h, new LinkedHashSet<>());
        kept.add(shown);
        if (key != null) {
          byKey.put(key, shown);
        }
      } else {
        String release = h.values().get(Fields.RELEASE);
        if (release != null && !release.equals(first.hit().values().get(Fields.RELEASE))
            && first.alsoIn().size() < MAX_ALSO_IN) {
          first.alsoIn().add(release);
        }
      }
    }
    return from >= kept.size() ? List.of() : List.copyOf(kept.subList(from, Math.min(kept.size(), from + size)));
  }

  /** A hit a ranking shows, and the other releases that carry its text. */
  record Shown(StoredPage.Hit hit, Set<String> alsoIn) {}
}
