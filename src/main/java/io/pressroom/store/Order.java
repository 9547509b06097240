package io.pressroom.store;

/**
 * The orders a store sorts hits in. Each ends with (release, position), which is unique, so paging
 * is stable.
 */
public enum Order {
  /** Score, then newest first. */
  RELEVANCE,
  /** Newest first. */
  DATE,
  /** Oldest release first, then its paragraphs in order (a listing without a query). */
  POSITION,
  /** Release id, then position: how the index keeps paragraphs. */
  INDEX
}
