package io.pressroom.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * One search as a store runs it, planned by the core: the text query, filters, facet selections,
 * order, the page, and which facets to count. The store executes it and plans nothing.
 *
 * @param query the text query built by the core's query parser, or null for every paragraph
 * @param queryText what the user typed, for a store that rebuilds {@code query} on its own nodes
 *     with the same parser (SolrCloud); null when {@code query} is null
 * @param relaxed whether {@code query} was parsed relaxed (most, not all, words of a run required)
 * @param filters conditions every hit meets
 * @param selections chosen facet values by dimension: OR-ed within one, AND-ed across; each
 *     selected dimension is counted under every condition but its own (drill-sideways)
 * @param order the order of hits
 * @param offset hits to skip (0 when resuming after {@code after})
 * @param size hits wanted
 * @param after where the previous page ended (the {@link StoredPage#resume()} of that page), or null
 * @param countFacets whether to count {@link Fields#FACET_DIMS}
 * @param facetLimit most values per dimension (Integer.MAX_VALUE for all), but for the dimensions
 *     counted whole ({@link Fields#WHOLE_DIMS})
 * @param budget time allowed for collecting hits, or null for no limit
 * @param hitValues keyword fields kept column-wise ({@link FieldSpec#sorted()}) whose value to
 *     return with each hit, so a ranking can be read without reading the paragraphs
 */
public record SearchPlan(
    Query query,
    String queryText,
    boolean relaxed,
    List<Filter> filters,
    Map<String, List<String>> selections,
    Order order,
    int offset,
    int size,
    List<Object> after,
    boolean countFacets,
    int facetLimit,
    Duration budget,
    List<String> hitValues) {

  public SearchPlan {
    filters = List.copyOf(filters);
    selections = Map.copyOf(selections);
    after = after == null ? null : List.copyOf(after);
    hitValues = hitValues == null ? List.of() : List.copyOf(hitValues);
  }

  /** The first {@code size} paragraphs in index order meeting {@code filters}; no facets, no limit. */
  public static SearchPlan list(List<Filter> filters, int size) {
    return new SearchPlan(null, null, false, filters, Map.of(), Order.INDEX, 0, size, null, false, 0, null, List.of());
  }

  /** This plan, returning with each hit the values of {@code fields}. */
  public SearchPlan withHitValues(List<String> fields) {
    return new SearchPlan(query, queryText, relaxed, filters, selections, order, offset, size, after, countFacets,
        facetLimit, budget, fields);
  }
}
