package io.pressroom.store;

import io.pressroom.model.Paragraph;
import java.util.List;
import java.util.Map;

/**
 * What a store answers to a {@link SearchPlan}.
 *
 * @param total number of matching paragraphs
 * @param hits the page, in order
 * @param facets counts per facet dimension, each as the store ordered them (empty when not asked)
 * @param resume where this page ends, to pass as the next plan's {@code after}; null when the
 *     store cannot resume after it
 * @param timedOut whether the time budget ran out (hits and total are partial)
 */
public record StoredPage(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, List<Object> resume,
    boolean timedOut) {

  public StoredPage {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A page with nothing in it. */
  public static final StoredPage EMPTY = new StoredPage(0, List.of(), Map.of(), null, false);

  /**
   * One hit: the paragraph, its score (null unless ordered by relevance), and where a page ending
   * at this hit resumes (null when the store can resume only at the page's end).
   */
  public record Hit(Paragraph paragraph, Float score, List<Object> resume) {
    public Hit(Paragraph paragraph, Float score) {
      this(paragraph, score, null);
    }
  }

  /** A facet value and how many paragraphs have it. */
  public record FacetCount(String value, long count) {}
}
