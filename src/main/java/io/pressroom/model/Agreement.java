package io.pressroom.model;

import java.util.List;

/**
 * A signed document described by an {@link Kind#AGREEMENT} paragraph (or named in a sentence that
 * lists several).
 *
 * @param id stable and unique across releases: {@code <release id>#a<number>} ({@link #idOf})
 * @param number its number in the release's list (一 = 1 … 二十 = 20 …)
 * @param title the title inside 《》 (or the English title), unchanged
 * @param type document type id: {@code memorandum-of-understanding}, {@code memorandum},
 *     {@code agreement}, {@code letter-of-intent}, {@code arrangement}, or {@code other}
 * @param typeLabel the type as written at the end of the title (e.g. 諒解備忘錄), or null
 * @param parties the signing organisations, in order; empty where the title does not name them
 *     or the split is uncertain
 * @param areas the cooperation areas the agreement belongs to, best first, computed at indexing
 *     time from its text against the areas' clauses; empty until then
 * @param organisations one id per party, the same for one organisation in any script or language
 *     (see {@code io.pressroom.search.Organisations}); empty until computed at indexing time
 */
public record Agreement(
    String id, int number, String title, String type, String typeLabel, List<String> parties, List<AreaScore> areas,
    List<String> organisations) {
  public Agreement {
    parties = List.copyOf(parties);
    areas = List.copyOf(areas);
    organisations = List.copyOf(organisations);
  }

  /** An agreement as parsed, before its id (which needs the release's), areas and organisations are known. */
  public Agreement(int number, String title, String type, String typeLabel, List<String> parties) {
    this(null, number, title, type, typeLabel, parties, List.of(), List.of());
  }

  /** The id of agreement {@code number} of release {@code releaseId}. */
  public static String idOf(String releaseId, int number) {
    return releaseId + "#a" + number;
  }

  /** This agreement as agreement {@code number} of release {@code releaseId}. */
  public Agreement inRelease(String releaseId) {
    return new Agreement(idOf(releaseId, number), number, title, type, typeLabel, parties, areas, organisations);
  }

  /** This agreement with {@code areas}. */
  public Agreement withAreas(List<AreaScore> areas) {
    return new Agreement(id, number, title, type, typeLabel, parties, areas, organisations);
  }

  /** This agreement with the organisation ids of its parties. */
  public Agreement withOrganisations(List<String> organisations) {
    return new Agreement(id, number, title, type, typeLabel, parties, areas, organisations);
  }
}
