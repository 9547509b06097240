package io.pressroom.lucene;

import io.pressroom.search.InvalidRequestException;
import io.pressroom.store.Fields;
import io.pressroom.store.Filter;
import io.pressroom.store.Order;
import io.pressroom.store.SearchPlan;
import io.pressroom.store.StoredPage;
import io.pressroom.store.StoredPage.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Runs a {@link SearchPlan} on one index snapshot: the query with its filters, drill-sideways facet
 * counts, the order, the page and the time budget.
 */
final class PlanExecutor {
  private static final int SCAN_PAGE = 1000;

  private PlanExecutor() {}

  static StoredPage search(SnapshotSearcher snapshot, SearchPlan plan) throws IOException {
    if (!snapshot.hasParagraphs()) {
      return StoredPage.EMPTY; // nothing indexed yet
    }
    Query base = base(plan.query(), plan.filters());
    Map<String, Query> dimFilters = new LinkedHashMap<>();
    plan.selections().forEach((dim, values) -> dimFilters.put(dim, anyOf(dim, values)));
    FieldDoc after = plan.after() == null ? null : LuceneOrder.after(plan.after(), plan.order());
    int topN = Math.max(1, plan.offset() + plan.size());

    IndexSearcher searcher = snapshot;
    if (plan.budget() != null) {
      searcher = new IndexSearcher(snapshot.getIndexReader());
      searcher.setTimeout(new QueryTimeoutImpl(plan.budget().toMillis()));
    }
    TopDocs top;
    Map<String, List<FacetCount>> facets = Map.of();
    try {
      Query query = filtered(base, dimFilters, null);
      TopFieldCollectorManager hits =
          new TopFieldCollectorManager(LuceneOrder.of(plan.order()), topN, after, Integer.MAX_VALUE);
      if (plan.countFacets()) {
        FacetOrdinals ordinals = snapshot.facetOrdinals();
        Object[] both = searcher.search(query, new MultiCollectorManager(hits, ordinals.counter()));
        top = (TopDocs) both[0];
        facets = facets(ordinals, searcher, plan, base, dimFilters, (int[]) both[1]);
      } else {
        top = searcher.search(query, hits);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("q", "the query expands to too many terms; make it more specific");
    }

    List<StoredPage.Hit> page = new ArrayList<>();
    FieldDoc last = null;
    StoredFields stored = searcher.storedFields();
    int from = Math.min(plan.offset(), top.scoreDocs.length);
    int to = Math.min(top.scoreDocs.length, from + plan.size());
    int[] docs = new int[to - from];
    for (int i = from; i < to; i++) {
      docs[i - from] = top.scoreDocs[i].doc;
    }
    List<java.util.Map<String, String>> values = HitValues.of(snapshot.getIndexReader(), plan.hitValues(), docs);
    for (int i = from; i < to; i++) {
      FieldDoc d = (FieldDoc) top.scoreDocs[i];
      Float score = plan.order() == Order.RELEVANCE ? (Float) d.fields[0] : null;
      int doc = d.doc;
      page.add(new StoredPage.Hit(score, LuceneOrder.values(d), values.get(i - from),
          () -> LuceneDocuments.paragraph(stored, doc)));
      last = d;
    }
    boolean timedOut = searcher.timedOut();
    return new StoredPage(top.totalHits.value, page, facets, last == null ? null : LuceneOrder.values(last), timedOut);
  }

  /** Every paragraph matching {@code filters}, in document order, a page at a time. */
  static void scan(SnapshotSearcher s, List<Filter> filters, Consumer<io.pressroom.model.Paragraph> sink) throws IOException {
    Query q = base(null, filters);
    org.apache.lucene.search.Sort order = LuceneOrder.of(Order.POSITION);
    ScoreDoc after = null;
    while (true) {
      TopDocs page = s.searchAfter(after, q, SCAN_PAGE, order);
      for (ScoreDoc d : page.scoreDocs) {
        sink.accept(LuceneDocuments.paragraph(s.storedFields(), d.doc));
      }
      if (page.scoreDocs.length < SCAN_PAGE) {
        return;
      }
      after = page.scoreDocs[page.scoreDocs.length - 1];
    }
  }

  /** The text query (or every paragraph) with the filters. */
  private static Query base(Query userQuery, List<Filter> filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(userQuery == null ? new MatchAllDocsQuery() : userQuery, userQuery == null ? Occur.FILTER : Occur.MUST);
    for (Filter f : filters) {
      if (f instanceof Filter.AnyOf a) {
        b.add(anyOf(a.field(), a.values()), a.negated() ? Occur.MUST_NOT : Occur.FILTER);
      } else if (f instanceof Filter.Range r) {
        b.add(LongPoint.newRangeQuery(r.field(), r.from(), r.to()), Occur.FILTER);
      }
    }
    return b.build();
  }

  private static Query anyOf(String field, List<String> values) {
    if (values.size() == 1) {
      return new TermQuery(new Term(field, values.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    return b.build();
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

  /**
   * Facet counts with multi-select semantics: a dimension with a selection is counted under every
   * filter but its own (drill-sideways), so its other values keep their counts; the rest are
   * counted on the hits.
   */
  private static Map<String, List<FacetCount>> facets(FacetOrdinals ordinals, IndexSearcher searcher, SearchPlan plan,
      Query base, Map<String, Query> dimFilters, int[] onHits) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACET_DIMS) {
      int[] counts = onHits;
      if (dimFilters.containsKey(dim)) {
        counts = searcher.search(filtered(base, dimFilters, dim), ordinals.counter());
      }
      int limit = Fields.WHOLE_DIMS.contains(dim) ? Integer.MAX_VALUE : plan.facetLimit();
      out.put(dim, ordinals.values(counts, dim, limit));
    }
    return out;
  }
}
