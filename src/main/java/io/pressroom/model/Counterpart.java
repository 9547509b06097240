package io.pressroom.model;

/**
 * The same clause or agreement in the other language's version of a release.
 *
 * @param id the counterpart paragraph's id
 * @param certain false when the two versions' structures differ (e.g. an area has a different
 *     number of clauses), so the link rests on position alone
 */
public record Counterpart(String id, boolean certain) {}
