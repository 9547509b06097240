package io.pressroom.index;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.ingest.AreaTaxonomy;
import io.pressroom.ingest.Paragraph;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.search.SearchResult.AreaCount;
import io.pressroom.search.SearchResult.Facets;
import io.pressroom.search.SearchResult.Hit;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.LongPoint;

/**
 * Runs one {@link SearchRequest} on one index snapshot: query, filters, drill-sideways facets,
 * sort, paging, highlights and the time budget.
 */
final class SearchExecutor {

  private final Analyzer analyzer;
  private final FacetAssembly facetAssembly;
  private final Function<String, String> areaResolver;
  private final UserQueryParser parser;

  SearchExecutor(Analyzer analyzer, AreaTaxonomy taxonomy, io.pressroom.search.Glossary glossary,
      Function<String, String> areaResolver) {
    this.analyzer = analyzer;
    this.facetAssembly = new FacetAssembly(taxonomy);
    this.areaResolver = areaResolver;
    this.parser = new UserQueryParser(analyzer, areaResolver, glossary);
  }

  SearchResult search(FacetingSearcher snapshot, SearchRequest r) throws IOException {
    long start = System.nanoTime();
    UserQueryParser.Parsed parsed = parser.parse(r.query());
    Query base = baseQuery(r, parsed.query());
    Map<String, Query> dimFilters = dimensionFilters(r);
    if (snapshot.facetState() == null) {
      return new SearchResult(0, millisSince(start), List.of(), Facets.EMPTY, null, false, parsed.notices());
    }
    SearchRequest.Sort sort = r.effectiveSort();
    FieldDoc after = r.cursor() == null ? null : ResultOrder.decode(r.cursor(), sort);
    int offset = after == null ? r.from() : 0;
    int topN = Math.max(1, offset + r.size());
    boolean scores = sort == SearchRequest.Sort.RELEVANCE;

    IndexSearcher searcher = new IndexSearcher(snapshot.getIndexReader());
    Duration budget = r.timeBudgetOrDefault();
    searcher.setTimeout(new QueryTimeoutImpl(budget.toMillis()));

    TopDocs top;
    Facets facets = Facets.EMPTY;
    try {
      Query query = filtered(base, dimFilters, null);
      TopFieldCollectorManager hits = new TopFieldCollectorManager(ResultOrder.of(sort), topN, after, Integer.MAX_VALUE);
      if (r.facets()) {
        Object[] both = searcher.search(query, new MultiCollectorManager(hits, new FacetsCollectorManager()));
        top = (TopDocs) both[0];
        facets = facets(snapshot, searcher, r, base, dimFilters, (FacetsCollector) both[1]);
      } else {
        top = searcher.search(query, hits);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("q", "the query expands to too many terms; make it more specific");
    }

    List<ScoreDoc> page = new ArrayList<>();
    for (int i = offset; i < top.scoreDocs.length && page.size() < r.size(); i++) {
      page.add(top.scoreDocs[i]);
    }
    List<List<String>> highlights = r.highlight() && parsed.query() != null && !page.isEmpty()
        ? Highlights.of(searcher, analyzer, parsed.query(), page.stream().mapToInt(d -> d.doc).toArray())
        : null;
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      FieldDoc d = (FieldDoc) page.get(i);
      Paragraph p = ParagraphDocuments.toParagraph(searcher.storedFields().document(d.doc));
      Float score = scores ? (Float) d.fields[0] : null;
      hits.add(new Hit(p, score, highlights == null ? List.of() : highlights.get(i)));
    }
    long total = top.totalHits.value;
    String next = null;
    if (!page.isEmpty() && page.size() == r.size() && offset + page.size() < total) {
      next = ResultOrder.cursorAfter(sort, (FieldDoc) page.get(page.size() - 1));
    }
    boolean timedOut = searcher.timedOut();
    List<String> notices = new ArrayList<>(parsed.notices());
    if (timedOut) {
      notices.add(r.timedOutNotice());
    }
    return new SearchResult(total, millisSince(start), hits, facets, next, timedOut, notices);
  }

  /** {@code base} with every dimension filter except {@code except}'s. */
  private static Query filtered(Query base, Map<String, Query> dimFilters, String except) {
    if (dimFilters.isEmpty() || dimFilters.size() == 1 && dimFilters.containsKey(except)) {
      return base;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    dimFilters.forEach((dim, filter) -> {
      if (!dim.equals(except)) {
        b.add(filter, Occur.FILTER);
      }
    });
    return b.build();
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** The user's query (or all paragraphs) with the filters that are not facet dimensions. */
  private Query baseQuery(SearchRequest r, Query userQuery) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(userQuery == null ? new MatchAllDocsQuery() : userQuery, userQuery == null ? Occur.FILTER : Occur.MUST);
    if (r.hasLang()) {
      b.add(new TermQuery(new Term(LANG, r.lang())), Occur.FILTER);
    }
    long[] published = r.publishedRange();
    if (published != null) {
      b.add(LongPoint.newRangeQuery(PUBLISHED, published[0], published[1]), Occur.FILTER);
    }
    return b.build();
  }

  /** Facet-dimension filters: values of one dimension OR-ed (dimensions are AND-ed by the caller). */
  private Map<String, Query> dimensionFilters(SearchRequest r) {
    Map<String, Query> filters = new LinkedHashMap<>();
    FacetAssembly.selections(r, areaResolver).forEach((field, values) -> {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
      filters.put(field, b.build());
    });
    return filters;
  }

  /**
   * Facet counts with multi-select semantics: a dimension with a selection is counted under every
   * filter but its own (drill-sideways), so its other values keep their counts; the rest are
   * counted on the hits.
   */
  private Facets facets(FacetingSearcher snapshot, IndexSearcher searcher, SearchRequest r, Query base,
      Map<String, Query> dimFilters, FacetsCollector hits) throws IOException {
    Map<String, org.apache.lucene.facet.Facets> byDim = new LinkedHashMap<>();
    org.apache.lucene.facet.Facets onHits = new SortedSetDocValuesFacetCounts(snapshot.facetState(), hits);
    for (String dim : FACET_DIMS) {
      if (dimFilters.containsKey(dim)) {
        FacetsCollector sideways = searcher.search(filtered(base, dimFilters, dim), new FacetsCollectorManager());
        byDim.put(dim, new SortedSetDocValuesFacetCounts(snapshot.facetState(), sideways));
      } else {
        byDim.put(dim, onHits);
      }
    }
    return facets(snapshot, r, byDim);
  }

  private Facets facets(FacetingSearcher s, SearchRequest r, Map<String, org.apache.lucene.facet.Facets> counts)
      throws IOException {
    Map<String, List<FacetAssembly.Count>> byDim = new LinkedHashMap<>();
    for (Map.Entry<String, org.apache.lucene.facet.Facets> e : counts.entrySet()) {
      byDim.put(e.getKey(), counts(children(e.getValue(), e.getKey(), FacetAssembly.MAX_FACET_VALUES)));
    }
    return facetAssembly.assemble(byDim, r, firstParagraph(s));
  }

  /** Area counts over the whole index: every taxonomy area (zero or not), then others. */
  List<AreaCount> areaCounts(FacetingSearcher s) throws IOException {
    List<FacetAssembly.Count> all = List.of();
    if (s.facetState() != null) {
      FacetsCollector fc = s.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      all = counts(children(new SortedSetDocValuesFacetCounts(s.facetState(), fc), AREA, Integer.MAX_VALUE));
    }
    return facetAssembly.areaCounts(all, firstParagraph(s));
  }

  /** An area by id or label, on a snapshot: see {@link FacetAssembly#resolveArea}. */
  java.util.Optional<io.pressroom.ingest.Area> resolveArea(String idOrLabel, FacetingSearcher s) {
    return facetAssembly.resolveArea(idOrLabel, firstParagraph(s));
  }

  /** Lookups of the first paragraph with some field values, on a snapshot (cached by it). */
  static FacetAssembly.FirstParagraph firstParagraph(FacetingSearcher s) {
    return fieldValues -> {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      fieldValues.forEach((f, v) -> q.add(new TermQuery(new Term(f, v)), Occur.FILTER));
      return s.first(q.build());
    };
  }

  private static List<FacetAssembly.Count> counts(FacetResult fr) {
    List<FacetAssembly.Count> out = new ArrayList<>();
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        out.add(new FacetAssembly.Count(lv.label, lv.value.longValue()));
      }
    }
    return out;
  }

  /** Top {@code n} children of a dimension (all of them for Integer.MAX_VALUE), or null if no document has it. */
  static FacetResult children(org.apache.lucene.facet.Facets counts, String dim, int n) throws IOException {
    try {
      return n == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException dimensionNotIndexed) {
      return null;
    }
  }

  /** The first paragraph (in index order) whose {@code field} is {@code value}. */
  static Paragraph firstParagraph(FacetingSearcher s, String field, String value) {
    return FacetAssembly.required(firstParagraph(s), field, value);
  }
}
