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
   * One hit. Its paragraph is read when asked for (a ranking may look at more hits than it shows),
   * while the snapshot that found it is open.
   *
   * @param score its score (null unless ordered by relevance)
   * @param resume where a page ending at this hit resumes (null when the store can resume only at
   *     a page's end)
   * @param values the values of the plan's {@link SearchPlan#hitValues()} fields (a field without
   *     a value is left out)
   * @param source reads the paragraph
   */
  public record Hit(Float score, List<Object> resume, Map<String, String> values, Source source) {
    public Hit {
      values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** A hit whose paragraph is already read. */
    public Hit(Paragraph paragraph, Float score) {
      this(score, null, Map.of(), () -> paragraph);
    }

    /** The paragraph. */
    public Paragraph paragraph() throws java.io.IOException {
      return source.read();
    }
  }

  /** Reads a hit's paragraph. */
  @FunctionalInterface
  public interface Source {
    Paragraph read() throws java.io.IOException;
  }

  /** A facet value and how many paragraphs have it. */
  public record FacetCount(String value, long count) {}
}
