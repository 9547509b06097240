package io.pressroom.http;

import io.pressroom.store.Fields;
import io.pressroom.search.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of a search — {@code GET /api/search}, its exports and its feed — as a {@link
 * SearchRequest}: parses and checks each parameter, naming the parameter and the value it refuses.
 * Range checks on {@code from} and {@code size} stay in {@link SearchRequest}, the one place that
 * knows the limits.
 */
final class SearchParams {
  /** What picks the paragraphs: the query, the facet dimensions as filters, language and dates. */
  static final Set<String> SELECTION = names(List.of("q", "lang", "from_date", "to_date"));
  /** Every parameter of {@code GET /api/search}: the selection, order and paging. */
  static final Set<String> NAMES = names(List.of("q", "lang", "from_date", "to_date", "sort", "from", "size", "cursor", "facet_limit"));

  private static Set<String> names(List<String> more) {
    Set<String> names = new TreeSet<>(Fields.FACET_DIMS);
    names.addAll(more);
    return Set.copyOf(names);
  }

  /** The selection's parameters and {@code more}. */
  static Set<String> selectionAnd(String... more) {
    Set<String> names = new TreeSet<>(SELECTION);
    names.addAll(List.of(more));
    return Set.copyOf(names);
  }

  private static final List<String> LANGS = List.of("zh-Hant", "zh-Hans", "en");

  private final Map<String, List<String>> params;
  private final int maxQueryChars;

  private SearchParams(Map<String, List<String>> params, int maxQueryChars) {
    this.params = params;
    this.maxQueryChars = maxQueryChars;
  }

  static SearchParams of(Map<String, List<String>> params, int maxQueryChars) {
    return new SearchParams(params, maxQueryChars);
  }

  /**
   * Builds the request of {@code GET /api/search}; throws {@link ApiException} or the core's {@code
   * InvalidRequestException} (both answered with 400) for a value it cannot use. Unknown names are
   * refused earlier, by the route (see {@link ApiRoute}).
   */
  static SearchRequest parse(Map<String, List<String>> params, int maxQueryChars) {
    return of(params, maxQueryChars).request();
  }

  private SearchRequest request() {
    String cursor = single("cursor");
    if (cursor != null && single("from") != null) {
      throw ApiException.badRequest("invalid_cursor",
          "give cursor or from, not both: the cursor already says where the next page starts");
    }
    return selection()
        .sort(sort())
        .from(integer("from", 0))
        .size(integer("size", SearchRequest.DEFAULT_SIZE))
        .cursor(cursor)
        .facetLimit(integer("facet_limit", SearchRequest.DEFAULT_FACET_LIMIT, 1, SearchRequest.MAX_FACET_LIMIT))
        .build();
  }

  /** A builder holding the selection: q, the filters, lang and the dates. */
  SearchRequest.Builder selection() {
    String q = single("q");
    if (q != null && q.length() > maxQueryChars) {
      throw ApiException.badRequest("invalid_q",
          "q is " + q.length() + " characters long; the limit is " + maxQueryChars);
    }
    SearchRequest.Builder b = SearchRequest.builder().query(q);
    for (String dim : Fields.FACET_DIMS) {
      b.filter(dim, all(dim));
    }
    return b.lang(lang(single("lang")))
        .fromDate(date("from_date"))
        .toDate(date("to_date"));
  }

  /** The order asked for, or relevance. */
  SearchRequest.Sort sort() {
    String sort = single("sort");
    return sort == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.fromId(sort);
  }

  /** The value of a single-valued parameter, or null when absent or empty. */
  String single(String name) {
    List<String> values = nonEmpty(name);
    if (values.size() > 1) {
      throw ApiException.badRequest("invalid_" + name,
          name + " was given " + values.size() + " times; give it once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private List<String> all(String name) {
    return nonEmpty(name).stream().map(String::strip).toList();
  }

  private List<String> nonEmpty(String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        out.add(v);
      }
    }
    return out;
  }

  /** A whole number, or {@code absent} when the parameter is not given. */
  int integer(String name, int absent) {
    String v = single(name);
    if (v == null) {
      return absent;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid_" + name, name + " must be a whole number, got '" + v + "'");
    }
  }

  /** A whole number between {@code min} and {@code max}, or {@code absent}. */
  int integer(String name, int absent, int min, int max) {
    int n = integer(name, absent);
    if (n < min || n > max) {
      throw ApiException.badRequest("invalid_" + name,
          name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  private LocalDate date(String name) {
    String v = single(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("invalid_" + name,
          name + " must be an ISO date like 2024-04-26, got '" + v + "'");
    }
  }

  private static String lang(String v) {
    if (v == null) {
      return null;
    }
    for (String lang : LANGS) {
      if (lang.equalsIgnoreCase(v.strip())) {
        return lang;
      }
    }
    throw ApiException.badRequest("invalid_lang", "lang must be zh-Hant, zh-Hans or en, got '" + v + "'");
  }
}
