package io.pressroom.model;

import java.util.List;

/**
 * A signed document described by an {@link Kind#AGREEMENT} paragraph.
 *
 * @param number its number in the release's list (一 = 1 … 二十 = 20 …)
 * @param title the title inside 《》 (or the English title), unchanged
 * @param type document type id: {@code memorandum-of-understanding}, {@code memorandum},
 *     {@code agreement}, {@code letter-of-intent}, {@code arrangement}, or {@code other}
 * @param typeLabel the type as written at the end of the title (e.g. 諒解備忘錄), or null
 * @param parties the signing organisations, in order; empty where the title does not name them
 *     or the split is uncertain
 * @param areas the cooperation areas the agreement belongs to, best first, computed at indexing
 *     time from its text against the areas' clauses; empty until then
 */
public record Agreement(
    int number, String title, String type, String typeLabel, List<String> parties, List<AreaScore> areas) {
  public Agreement {
    parties = List.copyOf(parties);
    areas = List.copyOf(areas);
  }

  /** An agreement as parsed, before its areas are known. */
  public Agreement(int number, String title, String type, String typeLabel, List<String> parties) {
    this(number, title, type, typeLabel, parties, List.of());
  }

  /** This agreement with {@code areas}. */
  public Agreement withAreas(List<AreaScore> areas) {
    return new Agreement(number, title, type, typeLabel, parties, areas);
  }
}
