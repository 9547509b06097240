package io.pressroom.search;

import static io.pressroom.store.Fields.LANG;
import static io.pressroom.store.Fields.PUBLISHED;

import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Paragraph;
import io.pressroom.search.SearchResult.Facets;
import io.pressroom.search.SearchResult.Hit;
import io.pressroom.store.Filter;
import io.pressroom.store.Order;
import io.pressroom.store.SearchPlan;
import io.pressroom.store.Snapshot;
import io.pressroom.store.Store;
import io.pressroom.store.StoredPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Answers a {@link SearchRequest} from a {@link Store}: parses the query, plans the store's search
 * (filters, drill-sideways selections, order, page), and turns what the store found into a {@link
 * SearchResult} with highlights, labelled facets and the next cursor. The same for every backend.
 */
public final class Searcher {
  private final Store store;
  private final Analyzer analyzer;
  private final UserQueryParser parser;
  private final FacetAssembly facetAssembly;
  private final Labels labels = new Labels();
  /** A search whose every-word matches are fewer than this is run again relaxed. */
  static final int RELAX_BELOW = 5;

  public Searcher(Store store, Analyzer analyzer, AreaTaxonomy taxonomy, Glossary glossary) {
    this.store = store;
    this.analyzer = analyzer;
    this.parser = new UserQueryParser(analyzer, this::resolveAreaId, glossary);
    this.facetAssembly = new FacetAssembly(taxonomy, new Organisations(glossary));
  }

  /**
   * Runs a search. Throws {@link InvalidRequestException} for a request that cannot be served.
   *
   * <p>Ordered by relevance, a text published several times (re-posts, mirrors, a clause repeated
   * in another session) is shown once, where it ranks best, with the other releases that carry it
   * ({@link SearchResult.Hit#alsoIn()}); such a search pages with {@code from}. Ordered by date or
   * position, every paragraph is listed, and {@code next_cursor} pages to the end.
   */
  public SearchResult search(SearchRequest r) throws IOException {
    long start = System.nanoTime();
    SearchRequest.Sort sort = r.effectiveSort();
    Cursor.Position resumed = r.cursor() == null ? null : Cursor.decode(r);
    boolean relaxed = resumed != null && resumed.relaxed();
    UserQueryParser.Parsed parsed = relaxed ? parser.parseRelaxed(r.query()) : parser.parse(r.query());
    List<Object> after = resumed == null ? null : resumed.values();
    int offset = after == null ? r.from() : 0;
    boolean collapse = sort == SearchRequest.Sort.RELEVANCE && after == null;
    // Collapsing looks at the ranks before the page too, so that pages agree on what they leave out.
    int fetchFrom = collapse ? 0 : offset;
    int fetch = collapse ? Math.min(SearchRequest.MAX_WINDOW, 2 * (offset + r.size()) + 10) : r.size();
    Map<String, List<String>> selections = FacetAssembly.selections(r, this::resolveAreaId);
    List<Filter> filters = filters(r);
    try (Snapshot s = store.snapshot()) {
      StoredPage page = s.search(plan(r, parsed, relaxed, filters, selections, sort, fetchFrom, fetch, after));
      List<Notice> notices = new ArrayList<>(parsed.notices());
      if (!relaxed && resumed == null && parsed.relaxable() && page.total() < RELAX_BELOW) {
        // Few paragraphs hold every word: take those with most of them (every-word matches rank first).
        UserQueryParser.Parsed loose = parser.parseRelaxed(r.query());
        StoredPage more = s.search(plan(r, loose, true, filters, selections, sort, fetchFrom, fetch, null));
        if (more.total() > page.total()) {
          parsed = loose;
          page = more;
          relaxed = true;
          notices.add(Notice.RELAXED);
        }
      }
      List<Repeats.Shown> shown = collapse
          ? Repeats.firstOfEach(page.hits(), offset, r.size())
          : page.hits().stream().map(h -> new Repeats.Shown(h, Set.of())).toList();
      List<Paragraph> paragraphs = new ArrayList<>(shown.size());
      for (Repeats.Shown h : shown) {
        paragraphs.add(h.hit().paragraph());
      }
      List<List<String>> highlights = r.highlight() && parsed.query() != null && !paragraphs.isEmpty()
          ? Highlights.forParagraphs(analyzer, parsed.query(), paragraphs)
          : null;
      List<Hit> hits = new ArrayList<>(paragraphs.size());
      for (int i = 0; i < paragraphs.size(); i++) {
        hits.add(new Hit(paragraphs.get(i), shown.get(i).hit().score(), highlights == null ? List.of() : highlights.get(i),
            List.copyOf(shown.get(i).alsoIn())));
      }
      String next = null;
      if (!collapse && !hits.isEmpty() && hits.size() == r.size() && offset + hits.size() < page.total()
          && page.resume() != null) {
        next = Cursor.encode(r, relaxed, page.resume());
      }
      Facets facets = r.facets() ? facetAssembly.assemble(page.facets(), labels.of(s)) : Facets.EMPTY;
      if (page.timedOut()) {
        notices.add(Notice.timedOut(r.timeBudgetOrDefault().toMillis()));
      }
      return new SearchResult(page.total(), (System.nanoTime() - start) / 1_000_000, hits, facets, next,
          page.timedOut(), notices);
    }
  }

  /** A hit of an export: the paragraph and its score (null unless ordered by relevance). */
  public record Exported(Paragraph paragraph, Float score) {}

  /**
   * Every hit of {@code r}, in its order, up to {@code max}, to {@code sink} as they are read — the
   * hits a search would page through, repeats included, read a thousand at a time. Returns the
   * number of matching paragraphs.
   */
  public long export(SearchRequest r, long max, java.util.function.Consumer<Exported> sink) throws IOException {
    SearchRequest.Sort sort = r.effectiveSort();
    UserQueryParser.Parsed parsed = parser.parse(r.query());
    Map<String, List<String>> selections = FacetAssembly.selections(r, this::resolveAreaId);
    List<Filter> filters = filters(r);
    try (Snapshot s = store.snapshot()) {
      boolean relaxed = false;
      if (parsed.relaxable() && s.search(exportPlan(parsed, false, r, filters, selections, sort, 0, null)).total() < RELAX_BELOW) {
        parsed = parser.parseRelaxed(r.query());
        relaxed = true;
      }
      long sent = 0;
      long total = -1;
      List<Object> after = null;
      while (sent < max) {
        int chunk = (int) Math.min(EXPORT_CHUNK, max - sent);
        StoredPage page = s.search(exportPlan(parsed, relaxed, r, filters, selections, sort, chunk, after));
        total = total < 0 ? page.total() : total;
        for (StoredPage.Hit h : page.hits()) {
          sink.accept(new Exported(h.paragraph(), h.score()));
          sent++;
        }
        if (page.hits().size() < chunk || page.resume() == null) {
          break;
        }
        after = page.resume();
      }
      return Math.max(total, 0);
    }
  }

  private static final int EXPORT_CHUNK = 1000;

  private static SearchPlan exportPlan(UserQueryParser.Parsed parsed, boolean relaxed, SearchRequest r, List<Filter> filters,
      Map<String, List<String>> selections, SearchRequest.Sort sort, int size, List<Object> after) {
    return new SearchPlan(parsed.query(), parsed.query() == null ? null : r.query(), relaxed, filters, selections,
        order(sort), 0, size, after, false, 0, null, List.of());
  }

  private static SearchPlan plan(SearchRequest r, UserQueryParser.Parsed parsed, boolean relaxed, List<Filter> filters,
      Map<String, List<String>> selections, SearchRequest.Sort sort, int offset, int size, List<Object> after) {
    boolean collapse = sort == SearchRequest.Sort.RELEVANCE && after == null;
    return new SearchPlan(parsed.query(), parsed.query() == null ? null : r.query(), relaxed, filters, selections,
        order(sort), offset, size, after, r.facets(), r.facetLimit(), r.timeBudgetOrDefault(),
        collapse ? Repeats.HIT_VALUES : List.of());
  }

  /** The areas with the number of clauses each has (in taxonomy order, then others). */
  public List<SearchResult.AreaCount> areas() throws IOException {
    try (Snapshot s = store.snapshot()) {
      StoredPage all = s.search(countAll());
      return facetAssembly.areaCounts(all.facets().getOrDefault(io.pressroom.store.Fields.AREA, List.of()), labels.of(s));
    }
  }

  /** Counts of every value of every facet dimension over the whole store. */
  public static SearchPlan countAll() {
    return new SearchPlan(null, null, false, List.of(), Map.of(), Order.INDEX, 0, 0, null, true, Integer.MAX_VALUE, null,
        List.of());
  }

  /** Resolves an area id or label (any script, any language); empty if unknown. */
  public Optional<Area> resolveArea(String idOrLabel) {
    try (Snapshot s = store.snapshot()) {
      return facetAssembly.resolveArea(idOrLabel, labels.of(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of an area given by id or label; InvalidRequestException (parameter {@code area}) if unknown. */
  public String resolveAreaId(String idOrLabel) {
    return resolveArea(idOrLabel)
        .map(Area::id)
        .orElseThrow(() -> new InvalidRequestException("area", "unknown area '" + idOrLabel
            + "'; use an id such as finance or a label such as 金融 (GET /api/areas lists them)"));
  }

  private static List<Filter> filters(SearchRequest r) {
    List<Filter> filters = new ArrayList<>();
    if (r.hasLang()) {
      filters.add(Filter.is(LANG, r.lang()));
    }
    long[] published = r.publishedRange();
    if (published != null) {
      filters.add(new Filter.Range(PUBLISHED, published[0], published[1]));
    }
    return filters;
  }

  private static Order order(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> Order.RELEVANCE;
      case DATE -> Order.DATE;
      case POSITION -> Order.POSITION;
    };
  }

  /**
   * The paragraphs that label facet values (the first, in index order, with some field values),
   * looked up on a snapshot and kept while the store's data stays the same.
   */
  private static final class Labels {
    private static final int MAX_CACHED = 200_000;

    /** What is known of one version of the data; replaced whole when the data changes. No locks: nothing waits. */
    private record Known(long version, Map<Map<String, String>, java.util.Optional<Paragraph>> found,
        Map<String, Map<String, String>> labelsByValue) {
      Known(long version) {
        this(version, new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>());
      }

      boolean full() {
        return found.size() + labelsByValue.size() >= MAX_CACHED;
      }
    }

    private volatile Known known = new Known(-1);

    FacetAssembly.FirstParagraph of(Snapshot s) {
      long v = s.version();
      Known k = known;
      if (v >= 0 && (v > k.version() || k.full())) {
        k = new Known(v);
        known = k; // a racing search may replace it again: each holds whole, consistent entries
      }
      Known forThis = v >= 0 && v == k.version() ? k : null;
      return new FacetAssembly.FirstParagraph() {
        @Override
        public Paragraph find(Map<String, String> fieldValues) {
          return Labels.find(s, forThis, fieldValues);
        }

        @Override
        public Map<String, Map<String, String>> labelCache() {
          return forThis == null || forThis.full() ? null : forThis.labelsByValue();
        }
      };
    }

    private static Paragraph find(Snapshot s, Known known, Map<String, String> fieldValues) {
      if (known != null) {
        java.util.Optional<Paragraph> hit = known.found().get(fieldValues);
        if (hit != null) {
          return hit.orElse(null);
        }
      }
      List<Filter> filters = new ArrayList<>();
      fieldValues.forEach((f, value) -> filters.add(Filter.is(f, value)));
      Paragraph p;
      try {
        List<StoredPage.Hit> hits = s.search(SearchPlan.list(filters, 1)).hits();
        p = hits.isEmpty() ? null : hits.get(0).paragraph();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (known != null && !known.full()) {
        known.found().put(Map.copyOf(fieldValues), java.util.Optional.ofNullable(p)); // a value with no paragraph is remembered too
      }
      return p;
    }
  }
}
