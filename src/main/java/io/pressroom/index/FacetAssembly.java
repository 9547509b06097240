package io.pressroom.index;

import static io.pressroom.index.IndexFields.AGREEMENT;
import static io.pressroom.index.IndexFields.AREA;
import static io.pressroom.index.IndexFields.KIND;
import static io.pressroom.index.IndexFields.RELEASE;
import static io.pressroom.index.IndexFields.YEAR;

import io.pressroom.ingest.Area;
import io.pressroom.ingest.AreaTaxonomy;
import io.pressroom.ingest.Paragraph;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult.AreaCount;
import io.pressroom.search.SearchResult.Facets;
import io.pressroom.search.SearchResult.ValueCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw facet counts, from whichever backend counted them, into the API's {@link Facets}:
 * areas labelled from the taxonomy (or from a paragraph for areas outside it), agreements and
 * releases labelled with their titles, each dimension in its display order. One place, so the
 * embedded index and SolrCloud answer with the same facets.
 */
public final class FacetAssembly {
  /** Most values returned per facet dimension. */
  public static final int MAX_FACET_VALUES = 50;

  /** A facet value and its count, as a backend reports it. */
  public record Count(String value, long count) {}

  /**
   * The first paragraph, in index order (release, then position), whose fields have all the given
   * values; null if there is none.
   */
  @FunctionalInterface
  public interface FirstParagraph {
    Paragraph find(Map<String, String> fieldValues);
  }

  private final AreaTaxonomy taxonomy;
  private final List<String> taxonomyOrder;

  public FacetAssembly(AreaTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.taxonomyOrder = taxonomy.areas().stream().map(Area::id).toList();
  }

  /** The facets of a search from the counts per dimension ({@link IndexFields#FACET_DIMS}). */
  public Facets assemble(Map<String, List<Count>> counts, SearchRequest r, FirstParagraph first) {
    List<AreaCount> areas = new ArrayList<>();
    for (Count c : counts.getOrDefault(AREA, List.of())) {
      areas.add(new AreaCount(area(c.value(), first), c.count()));
    }
    areas.sort(Comparator.comparingLong(AreaCount::count).reversed().thenComparingInt(a -> taxonomyRank(a.area().id())));
    List<ValueCount> kinds = values(counts, KIND, v -> v);
    kinds.sort(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value));
    List<ValueCount> agreements = values(counts, AGREEMENT, v -> agreementTitle(first, r, v));
    agreements.sort(Comparator.comparingInt(v -> Integer.parseInt(v.value())));
    List<ValueCount> releases = values(counts, RELEASE, v -> required(first, RELEASE, v).release().title());
    releases.sort(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value));
    List<ValueCount> years = values(counts, YEAR, v -> v);
    years.sort(Comparator.comparing(ValueCount::value).reversed());
    return new Facets(areas, kinds, agreements, releases, years);
  }

  /** Area counts over the whole index: every taxonomy area (zero or not) in taxonomy order, then others. */
  public List<AreaCount> areaCounts(List<Count> all, FirstParagraph first) {
    Map<String, Long> counts = new LinkedHashMap<>();
    taxonomyOrder.forEach(id -> counts.put(id, 0L));
    all.forEach(c -> counts.put(c.value(), c.count()));
    List<AreaCount> out = new ArrayList<>();
    counts.forEach((id, n) -> out.add(new AreaCount(area(id, first), n)));
    return out;
  }

  /** The area with {@code id}: from the taxonomy, else as a paragraph of that area stores it. */
  public Area area(String id, FirstParagraph first) {
    return taxonomy.resolve(id).filter(a -> a.id().equals(id)).orElseGet(() -> required(first, AREA, id).area());
  }

  private int taxonomyRank(String id) {
    int i = taxonomyOrder.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static String agreementTitle(FirstParagraph first, SearchRequest r, String number) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put(AGREEMENT, number);
    if (r.releases().size() == 1) {
      q.put(RELEASE, r.releases().get(0));
    }
    Paragraph p = first.find(q);
    return p == null || p.agreement() == null ? number : p.agreement().title();
  }

  private static List<ValueCount> values(Map<String, List<Count>> counts, String dim,
      java.util.function.Function<String, String> label) {
    List<ValueCount> out = new ArrayList<>();
    for (Count c : counts.getOrDefault(dim, List.of())) {
      out.add(new ValueCount(c.value(), label.apply(c.value()), c.count()));
    }
    return out;
  }

  /** The first paragraph whose {@code field} is {@code value}; it must exist (the value was counted). */
  public static Paragraph required(FirstParagraph first, String field, String value) {
    Paragraph p = first.find(Map.of(field, value));
    if (p == null) {
      throw new IllegalStateException("no paragraph with " + field + "=" + value);
    }
    return p;
  }
}
