package io.pressroom.search;

import io.pressroom.model.Area;
import io.pressroom.model.Paragraph;
import java.util.List;

/**
 * What a search returns: the total, one page of hits, facet counts and a cursor for the next page.
 *
 * @param total number of matching paragraphs
 * @param tookMs time spent, in milliseconds
 * @param hits the requested page
 * @param facets facet counts (empty lists when facets were not requested)
 * @param nextCursor opaque cursor for the page after this one, or null at the end
 * @param timedOut true when the time budget ran out: hits and total are what was collected so far
 * @param notices remarks on how the query was understood (e.g. a literal fallback), for the user
 */
public record SearchResult(
    long total,
    long tookMs,
    List<Hit> hits,
    Facets facets,
    String nextCursor,
    boolean timedOut,
    List<String> notices) {

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
   */
  public record Hit(Paragraph paragraph, Float score, List<String> highlights) {
    public Hit {
      highlights = List.copyOf(highlights);
    }
  }

  /** Facet counts per dimension, each sorted by count (descending), then by natural order. */
  public record Facets(
      List<AreaCount> area,
      List<ValueCount> kind,
      List<ValueCount> agreement,
      List<ValueCount> release,
      List<ValueCount> year) {
    public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

    public Facets {
      area = List.copyOf(area);
      kind = List.copyOf(kind);
      agreement = List.copyOf(agreement);
      release = List.copyOf(release);
      year = List.copyOf(year);
    }
  }

  /** A count for one area, with its labels for display. */
  public record AreaCount(Area area, long count) {}

  /** A count for one value of a dimension; {@code label} is for display (e.g. an agreement title). */
  public record ValueCount(String value, String label, long count) {}
}
