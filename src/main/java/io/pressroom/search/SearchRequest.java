package io.pressroom.search;

import io.pressroom.model.Kind;
import io.pressroom.store.Fields;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search: query text, filters, sorting and paging. The one input of {@link io.pressroom.core.Archive#search}
 * for the CLI, the HTTP layer and tests alike.
 *
 * @param query user query text (may be empty: then the filters list paragraphs in document order)
 * @param filters chosen values per facet dimension ({@link Fields#FACET_DIMS}): values of one
 *     dimension are OR-ed, dimensions AND-ed. Areas may be given by id or by label in any script
 *     or language; kinds by id; agreements by id ({@code <release>#a<number>})
 * @param lang {@code zh-Hant}, {@code zh-Hans}, {@code en}, or null for all
 * @param fromDate first publication day included, or null
 * @param toDate last publication day included, or null
 * @param sort result order
 * @param from offset of the first hit (0-based)
 * @param size number of hits wanted
 * @param cursor opaque cursor from a previous {@link SearchResult#nextCursor()}, or null
 * @param highlight whether to compute highlight passages
 * @param facets whether to compute facet counts
 * @param timeBudget time allowed for collecting hits; null for the default
 * @param facetLimit most values returned per facet dimension (the timeline is whole): 1 to {@link
 *     #MAX_FACET_LIMIT}, 0 for the default ({@link #DEFAULT_FACET_LIMIT})
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    String lang,
    LocalDate fromDate,
    LocalDate toDate,
    Sort sort,
    int from,
    int size,
    String cursor,
    boolean highlight,
    boolean facets,
    Duration timeBudget,
    int facetLimit) {

  /** Largest page size. */
  public static final int MAX_SIZE = 100;
  /** Largest from + size: deeper pages go through the cursor. */
  public static final int MAX_WINDOW = 10_000;
  /** Most values of one filter (area, agreement, kind, release) in one search. */
  public static final int MAX_FILTER_VALUES = 100;
  /** Earliest and latest publication days a date filter takes (days outside overflow the index's epoch seconds). */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  /** Values of {@code lang}. */
  public static final java.util.Set<String> LANGS = java.util.Set.of("zh-Hant", "zh-Hans", "en");
  /** Time allowed for collecting hits when the request names none. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);
  /** What an agreement id looks like: {@code <release id>#a<number>}. */
  private static final java.util.regex.Pattern AGREEMENT_ID = java.util.regex.Pattern.compile(".+#a[1-9][0-9]{0,5}");
  /** Values per facet dimension unless a request asks for more; the page shows these and a "more". */
  public static final int DEFAULT_FACET_LIMIT = 10;
  /** Most values per facet dimension a request may ask for. */
  public static final int MAX_FACET_LIMIT = 200;
  /** Default page size. */
  public static final int DEFAULT_SIZE = 10;

  public SearchRequest {
    query = query == null ? "" : query;
    filters = checkedFilters(filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (facetLimit == 0) {
      facetLimit = DEFAULT_FACET_LIMIT;
    }
    if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
      throw new InvalidRequestException("facet_limit", "facet_limit must be between 1 and " + MAX_FACET_LIMIT + ", got " + facetLimit);
    }
    if (size < 0 || size > MAX_SIZE) {
      throw new InvalidRequestException("size", "size must be between 0 and " + MAX_SIZE + ", got " + size);
    }
    if (from < 0) {
      throw new InvalidRequestException("from", "from must be 0 or more, got " + from);
    }
    if (cursor != null && !cursor.isBlank() && from > 0) {
      throw new InvalidRequestException("cursor", "give cursor or from, not both: the cursor already says where the next page starts");
    }
    if ((long) from + size > MAX_WINDOW) {
      throw new InvalidRequestException(
          "from", "from + size must be at most " + MAX_WINDOW + " (use the cursor to page deeper), got " + ((long) from + size));
    }
    if (lang != null && !lang.isBlank() && !LANGS.contains(lang)) {
      throw new InvalidRequestException("lang", "lang must be zh-Hant, zh-Hans or en, got '" + lang + "'");
    }
    checkDay("from_date", fromDate);
    checkDay("to_date", toDate);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new InvalidRequestException("from_date", "from_date " + fromDate + " is after to_date " + toDate);
    }
  }

  private static void checkDay(String name, LocalDate day) {
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
      throw new InvalidRequestException(name, name + " must be between " + FIRST_DAY + " and " + LAST_DAY + ", got " + day);
    }
  }

  /** The filters in dimension order, without empty or repeated values; 400 for anything else. */
  private static Map<String, List<String>> checkedFilters(Map<String, List<String>> filters) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (filters == null) {
      return Map.of();
    }
    for (String dim : filters.keySet()) {
      if (!Fields.FACET_DIMS.contains(dim)) {
        throw new InvalidRequestException(dim, "cannot filter by " + dim + "; the dimensions are "
            + String.join(", ", Fields.FACET_DIMS));
      }
    }
    for (String dim : Fields.FACET_DIMS) {
      List<String> values = filters.getOrDefault(dim, List.of()).stream()
          .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
      if (values.size() > MAX_FILTER_VALUES) {
        throw new InvalidRequestException(dim, dim + " was given " + values.size() + " times; at most "
            + MAX_FILTER_VALUES + " values are OR-ed in one search");
      }
      if (dim.equals(Fields.KIND)) {
        values = values.stream().map(v -> kind(v).id()).toList();
      }
      if (dim.equals(Fields.AGREEMENT)) {
        values.forEach(SearchRequest::checkAgreementId);
      }
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static void checkAgreementId(String id) {
    if (!AGREEMENT_ID.matcher(id).matches()) {
      throw new InvalidRequestException("agreement", "agreement takes an agreement id such as <release id>#a2 "
          + "(the agreement facet and GET /api/agreements list them), got '" + id + "'");
    }
  }

  private static Kind kind(String id) {
    try {
      return Kind.fromId(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("kind", "kind: " + e.getMessage());
    }
  }

  /** The values chosen for dimension {@code dim}, or an empty list. */
  public List<String> filter(String dim) {
    return filters.getOrDefault(dim, List.of());
  }

  /** The areas chosen, by id or label. */
  public List<String> areas() {
    return filter(Fields.AREA);
  }

  /** The kinds chosen. */
  public List<Kind> kinds() {
    return filter(Fields.KIND).stream().map(Kind::fromId).toList();
  }

  /** The agreement ids chosen. */
  public List<String> agreements() {
    return filter(Fields.AGREEMENT);
  }

  /** The release ids chosen. */
  public List<String> releases() {
    return filter(Fields.RELEASE);
  }

  /** The order hits come in: relevance has nothing to rank without a query, so then document order. */
  public Sort effectiveSort() {
    return query.isBlank() && sort == Sort.RELEVANCE ? Sort.POSITION : sort;
  }

  /** The time budget, or the default. */
  public Duration timeBudgetOrDefault() {
    return timeBudget == null ? DEFAULT_TIME_BUDGET : timeBudget;
  }

  /** Whether the request filters by language. */
  public boolean hasLang() {
    return lang != null && !lang.isBlank();
  }

  /**
   * The publication instants the date filter admits, as epoch seconds {from, to} (inclusive), or
   * null without a date filter. Publication days are Hong Kong / Beijing days (UTC+8), the zone of
   * the releases.
   */
  public long[] publishedRange() {
    if (fromDate == null && toDate == null) {
      return null;
    }
    java.time.ZoneOffset hk = java.time.ZoneOffset.ofHours(8);
    long from = fromDate == null ? Long.MIN_VALUE : fromDate.atStartOfDay().toEpochSecond(hk);
    long to = toDate == null ? Long.MAX_VALUE : toDate.plusDays(1).atStartOfDay().toEpochSecond(hk) - 1;
    return new long[] {from, to};
  }

  /** A request for {@code query} with defaults: relevance, first page, highlights and facets on. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    DATE,
    POSITION;

    public static Sort fromId(String id) {
      for (Sort s : values()) {
        if (s.name().equalsIgnoreCase(id.trim())) {
          return s;
        }
      }
      throw new InvalidRequestException("sort", "sort must be relevance, date or position, got '" + id + "'");
    }
  }

  /** Fluent builder: most callers set two or three of the fields. */
  public static final class Builder {
    private String query = "";
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private String lang;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Sort sort = Sort.RELEVANCE;
    private int from;
    private int size = DEFAULT_SIZE;
    private String cursor;
    private boolean highlight = true;
    private boolean facets = true;
    private Duration timeBudget;
    private int facetLimit;

    public Builder query(String v) { query = v; return this; }
    /** Chooses values of a facet dimension (replacing any chosen before). */
    public Builder filter(String dim, List<String> values) { filters.put(dim, values == null ? List.of() : List.copyOf(values)); return this; }
    public Builder filter(String dim, String... values) { return filter(dim, List.of(values)); }
    public Builder areas(List<String> v) { return filter(Fields.AREA, v); }
    public Builder areas(String... v) { return filter(Fields.AREA, v); }
    public Builder agreements(List<String> v) { return filter(Fields.AGREEMENT, v); }
    public Builder agreements(String... v) { return filter(Fields.AGREEMENT, v); }
    public Builder kinds(List<Kind> v) { return filter(Fields.KIND, v.stream().map(Kind::id).toList()); }
    public Builder kinds(Kind... v) { return kinds(List.of(v)); }
    public Builder releases(List<String> v) { return filter(Fields.RELEASE, v); }
    public Builder releases(String... v) { return filter(Fields.RELEASE, v); }
    public Builder lang(String v) { lang = v; return this; }
    public Builder fromDate(LocalDate v) { fromDate = v; return this; }
    public Builder toDate(LocalDate v) { toDate = v; return this; }
    public Builder sort(Sort v) { sort = v; return this; }
    public Builder from(int v) { from = v; return this; }
    public Builder size(int v) { size = v; return this; }
    public Builder cursor(String v) { cursor = v; return this; }
    public Builder highlight(boolean v) { highlight = v; return this; }
    public Builder facets(boolean v) { facets = v; return this; }
    public Builder timeBudget(Duration v) { timeBudget = v; return this; }
    public Builder facetLimit(int v) { facetLimit = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(query, filters, lang, fromDate, toDate, sort, from, size, cursor, highlight, facets,
          timeBudget, facetLimit);
    }
  }
}
