package io.pressroom.model;

/**
 * How strongly an agreement belongs to a cooperation area, computed from its text against the
 * area's clauses (1.0 for the best-matching area).
 */
public record AreaScore(String area, double score) {}
