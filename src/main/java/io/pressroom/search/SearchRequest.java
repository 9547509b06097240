package io.pressroom.search;

import io.pressroom.model.Kind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A search: query text, filters, sorting and paging. The one input of {@link io.pressroom.core.Archive#search}
 * for the CLI, the HTTP layer and tests alike.
 *
 * @param query user query text (may be empty: then the filters list paragraphs in document order)
 * @param areas area ids or labels in any script/language; several are OR-ed
 * @param agreements agreement numbers; OR-ed
 * @param kinds paragraph kinds; OR-ed
 * @param releases release ids; OR-ed
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
 */
public record SearchRequest(
    String query,
    List<String> areas,
    List<Integer> agreements,
    List<Kind> kinds,
    List<String> releases,
    String lang,
    LocalDate fromDate,
    LocalDate toDate,
    Sort sort,
    int from,
    int size,
    String cursor,
    boolean highlight,
    boolean facets,
    Duration timeBudget) {

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
  /** Default page size. */
  public static final int DEFAULT_SIZE = 10;

  public SearchRequest {
    query = query == null ? "" : query;
    areas = areas == null ? List.of() : List.copyOf(areas);
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    releases = releases == null ? List.of() : List.copyOf(releases);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (size < 0 || size > MAX_SIZE) {
      throw new InvalidRequestException("size", "size must be between 0 and " + MAX_SIZE + ", got " + size);
    }
    if (from < 0) {
      throw new InvalidRequestException("from", "from must be 0 or more, got " + from);
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
    checkCount("area", areas);
    checkCount("agreement", agreements);
    checkCount("kind", kinds);
    checkCount("release", releases);
    for (Integer a : agreements) {
      if (a == null || a < 1) {
        throw new InvalidRequestException("agreement", "agreement numbers start at 1, got " + a);
      }
    }
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new InvalidRequestException("from_date", "from_date " + fromDate + " is after to_date " + toDate);
    }
  }

  private static void checkDay(String name, LocalDate day) {
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
      throw new InvalidRequestException(name, name + " must be between " + FIRST_DAY + " and " + LAST_DAY + ", got " + day);
    }
  }

  private static void checkCount(String name, List<?> values) {
    if (values.size() > MAX_FILTER_VALUES) {
      throw new InvalidRequestException(name, name + " was given " + values.size() + " times; at most "
          + MAX_FILTER_VALUES + " values are OR-ed in one search");
    }
  }

  /** The order hits come in: relevance has nothing to rank without a query, so then document order. */
  public Sort effectiveSort() {
    return query.isBlank() && sort == Sort.RELEVANCE ? Sort.POSITION : sort;
  }

  /** The time budget, or the default. */
  public Duration timeBudgetOrDefault() {
    return timeBudget == null ? DEFAULT_TIME_BUDGET : timeBudget;
  }

  /** The notice of a search that ran out of its budget. */
  public String timedOutNotice() {
    return "The search ran out of its " + timeBudgetOrDefault().toMillis() + " ms budget; results are partial.";
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

  /** Fluent builder: most callers set two or three of the fifteen fields. */
  public static final class Builder {
    private String query = "";
    private List<String> areas = List.of();
    private List<Integer> agreements = List.of();
    private List<Kind> kinds = List.of();
    private List<String> releases = List.of();
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

    public Builder query(String v) { query = v; return this; }
    public Builder areas(List<String> v) { areas = v; return this; }
    public Builder areas(String... v) { areas = List.of(v); return this; }
    public Builder agreements(List<Integer> v) { agreements = v; return this; }
    public Builder kinds(List<Kind> v) { kinds = v; return this; }
    public Builder kinds(Kind... v) { kinds = List.of(v); return this; }
    public Builder releases(List<String> v) { releases = v; return this; }
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

    public SearchRequest build() {
      return new SearchRequest(query, areas, agreements, kinds, releases, lang, fromDate, toDate,
          sort, from, size, cursor, highlight, facets, timeBudget);
    }
  }
}
