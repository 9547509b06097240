package io.pressroom.search;

import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Area;
import io.pressroom.model.Paragraph;
import static io.pressroom.store.Fields.AGREEMENT;
import static io.pressroom.store.Fields.AREA;
import static io.pressroom.store.Fields.KIND;
import static io.pressroom.store.Fields.RELEASE;
import static io.pressroom.store.Fields.YEAR;

import io.pressroom.search.SearchResult.AreaCount;
import io.pressroom.search.SearchResult.Facets;
import io.pressroom.search.SearchResult.ValueCount;
import io.pressroom.store.StoredPage.FacetCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns raw facet counts, from whichever backend counted them, into the API's {@link Facets}:
 * areas labelled from the taxonomy (or from a paragraph for areas outside it), agreements and
 * releases labelled with their titles, each dimension in its display order. One place, so the
 * embedded index and SolrCloud answer with the same facets.
 */
public final class FacetAssembly {
  /** Most values returned per facet dimension. */
  public static final int MAX_FACET_VALUES = 50;

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

  /** The facets of a search from the counts per dimension ({@link io.pressroom.store.Fields#FACET_DIMS}). */
  public Facets assemble(Map<String, List<FacetCount>> counts, SearchRequest r, FirstParagraph first) {
    List<AreaCount> areas = new ArrayList<>();
    for (FacetCount c : counts.getOrDefault(AREA, List.of())) {
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
  public List<AreaCount> areaCounts(List<FacetCount> all, FirstParagraph first) {
    Map<String, Long> counts = new LinkedHashMap<>();
    taxonomyOrder.forEach(id -> counts.put(id, 0L));
    all.forEach(c -> counts.put(c.value(), c.count()));
    List<AreaCount> out = new ArrayList<>();
    counts.forEach((id, n) -> out.add(new AreaCount(area(id, first), n)));
    return out;
  }

  /**
   * The values selected per facet dimension (area ids resolved by {@code areaId}), for the filters
   * that are OR-ed within a dimension and AND-ed across them; dimensions without a selection are
   * left out.
   */
  public static Map<String, List<String>> selections(SearchRequest r, java.util.function.Function<String, String> areaId) {
    Map<String, List<String>> selected = new LinkedHashMap<>();
    putAnyOf(selected, AREA, r.areas().stream().map(areaId).toList());
    putAnyOf(selected, KIND, r.kinds().stream().map(io.pressroom.model.Kind::id).toList());
    putAnyOf(selected, AGREEMENT, r.agreements().stream().map(String::valueOf).toList());
    putAnyOf(selected, RELEASE, r.releases());
    return selected;
  }

  private static void putAnyOf(Map<String, List<String>> selected, String field, List<String> values) {
    if (!values.isEmpty()) {
      selected.put(field, values.stream().distinct().toList());
    }
  }

  /**
   * An area by id or label: a taxonomy area, else an area some paragraph has under that id or under
   * the id its heading would get.
   */
  public Optional<Area> resolveArea(String idOrLabel, FirstParagraph first) {
    Optional<Area> listed = taxonomy.resolve(idOrLabel);
    if (listed.isPresent()) {
      return listed;
    }
    for (String id : new java.util.LinkedHashSet<>(List.of(idOrLabel.strip(), taxonomy.forHeading(idOrLabel).id()))) {
      Paragraph p = first.find(Map.of(AREA, id));
      if (p != null) {
        return Optional.of(p.area());
      }
    }
    return Optional.empty();
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

  private static List<ValueCount> values(Map<String, List<FacetCount>> counts, String dim,
      java.util.function.Function<String, String> label) {
    List<ValueCount> out = new ArrayList<>();
    for (FacetCount c : counts.getOrDefault(dim, List.of())) {
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
