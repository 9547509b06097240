package io.pressroom.search;

import io.pressroom.model.Area;
import io.pressroom.model.Paragraph;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search returns: the total, one page of hits, facet counts and a cursor for the next page.
 *
 * @param total number of matching paragraphs
 * @param tookMs time spent, in milliseconds
 * @param hits the requested page
 * @param facets facet counts (empty lists when facets were not requested)
 * @param nextCursor opaque cursor for the page after this one, or null at the end
 * @param timedOut true when the time budget ran out: hits and total are what was collected so far
 * @param notices remarks on how the query was understood or answered (a literal fallback, a relaxed
 *     search, a timeout), each with a code a page can say in its language
 */
public record SearchResult(
    long total,
    long tookMs,
    List<Hit> hits,
    Facets facets,
    String nextCursor,
    boolean timedOut,
    List<Notice> notices) {

  public SearchResult {
    hits = List.copyOf(hits);
    notices = List.copyOf(notices);
  }

  /**
   * One matching paragraph.
   *
   * @param paragraph the paragraph with its release
   * @param score relevance score, or null when sorted otherwise
   * @param highlights HTML-escaped passages of the original text with {@code <mark>} around matches
   * @param alsoIn the other releases that publish the same text (a re-post, a mirror, the clause
   *     repeated in another session), whose copies the page does not show again
   */
  public record Hit(Paragraph paragraph, Float score, List<String> highlights, List<String> alsoIn) {
    public Hit {
      highlights = List.copyOf(highlights);
      alsoIn = List.copyOf(alsoIn);
    }

    public Hit(Paragraph paragraph, Float score, List<String> highlights) {
      this(paragraph, score, highlights, List.of());
    }
  }

  /**
   * Facet counts per dimension ({@link io.pressroom.store.Fields#FACET_DIMS}, in that order), each
   * dimension's values in display order.
   */
  public record Facets(Map<String, List<FacetValue>> byDimension) {
    public static final Facets EMPTY = new Facets(Map.of());

    public Facets {
      Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
      byDimension.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
      byDimension = Collections.unmodifiableMap(copy);
    }

    /** The values of dimension {@code dim} (empty when not counted). */
    public List<FacetValue> get(String dim) {
      return byDimension.getOrDefault(dim, List.of());
    }
  }

  /**
   * A count for one value of a facet dimension, with its names for display.
   *
   * @param value what a filter on the dimension takes (an area id, an agreement id …)
   * @param labels the value's name in each UI language: {@code zh-Hant}, {@code zh-Hans}, {@code en}
   * @param count matching paragraphs with that value
   */
  public record FacetValue(String value, Map<String, String> labels, long count) {
    public FacetValue {
      labels = Map.copyOf(labels);
    }

    /** The name in {@code lang}, falling back to Traditional Chinese, then the value. */
    public String label(String lang) {
      String l = labels.get(lang);
      if (l == null) {
        l = labels.get("zh-Hant");
      }
      return l == null ? value : l;
    }
  }

  /** A count for one area, with its labels for display. */
  public record AreaCount(Area area, long count) {}


}
