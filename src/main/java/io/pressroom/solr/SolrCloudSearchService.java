package io.pressroom.solr;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.index.AgreementAreas;
import io.pressroom.index.FacetAssembly;
import io.pressroom.index.FieldAnalyzers;
import io.pressroom.index.Highlights;
import io.pressroom.index.ReleaseLinker;
import io.pressroom.index.UserQueryParser;
import io.pressroom.ingest.Area;
import io.pressroom.ingest.AreaTaxonomy;
import io.pressroom.ingest.Kind;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.search.BackendUnavailableException;
import io.pressroom.search.Glossary;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.search.SearchResult.Facets;
import io.pressroom.search.SearchResult.Hit;
import io.pressroom.search.SearchService;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The search core over a SolrCloud collection, for when one machine is not enough: the same
 * {@link SearchService} as the embedded index, answering with the same paragraphs in the same
 * order. The collection uses the generated configset ({@link SolrConfigset}), so the nodes analyse
 * text with Pressroom's analyzers and parse queries with Pressroom's parser ({@link
 * PressroomQParserPlugin}); this class adds what is the same for both backends: the agreement
 * areas, the links between language versions, facet labels and highlights.
 *
 * <p>Facets are multi-select through Solr's tag/exclude: each selected dimension's filter is tagged
 * and excluded from that dimension's counts. Writes are batched and retried with back-off, so a
 * leader election (a node stopped, with a replication factor of 2 or more) costs a retry, not a
 * release. A write replaces a release's paragraphs by id and then deletes those past its end. In a
 * collection routed by release ({@code router.field=release}) a search sees a release's old or new
 * version whole; routed by id, each shard commits on its own and a search may briefly see a mix.
 */
public final class SolrCloudSearchService implements SearchService {
  /** Documents per update request. */
  static final int BATCH = 500;
  private static final int MAX_CACHED_LABELS = 10_000;

  private final SolrClient client;
  private final String collection;
  private final Analyzer analyzer = FieldAnalyzers.create();
  private final AreaTaxonomy taxonomy = AreaTaxonomy.standard();
  private final UserQueryParser parser;
  private final AgreementAreas agreementAreas;
  private final FacetAssembly facetAssembly;
  /** First paragraphs that label facet values, by lookup; only found ones, cleared on every write. */
  private final Map<String, Paragraph> labelParagraphs = new ConcurrentHashMap<>();
  /** Bumped before and after every write: a lookup that overlapped a write is not cached. */
  private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
  private final Object writeLock = new Object();

  SolrCloudSearchService(SolrClient client, String collection, Glossary glossary) {
    this.client = client;
    this.collection = collection;
    this.parser = new UserQueryParser(analyzer, this::resolveAreaId, glossary);
    this.agreementAreas = new AgreementAreas(analyzer);
    this.facetAssembly = new FacetAssembly(taxonomy);
  }

  /**
   * Connects to the collection {@code collection} of the SolrCloud whose ZooKeeper is {@code
   * zkHost} ({@code HOST:PORT[,HOST:PORT…][/chroot]}).
   *
   * @throws IOException if ZooKeeper cannot be reached or the collection does not exist
   */
  public static SolrCloudSearchService connect(String zkHost, String collection, Glossary glossary) throws IOException {
    int slash = zkHost.indexOf('/');
    String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
    Optional<String> chroot = slash < 0 || slash == zkHost.length() - 1 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    CloudLegacySolrClient client = new CloudLegacySolrClient.Builder(List.of(hosts.split(",")), chroot)
        .withZkConnectTimeout(15, TimeUnit.SECONDS)
        .withZkClientTimeout(30, TimeUnit.SECONDS)
        .build();
    try {
      client.connect(30, TimeUnit.SECONDS);
      if (!client.getClusterState().hasCollection(collection)) {
        throw new IOException("SolrCloud at " + zkHost + " has no collection '" + collection
            + "'; create it from the Pressroom configset (see docs/scale-out.md)");
      }
    } catch (TimeoutException | InterruptedException | RuntimeException | IOException e) {
      client.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof IOException io ? io : new IOException("cannot reach SolrCloud's ZooKeeper at " + zkHost + ": " + e, e);
    }
    return new SolrCloudSearchService(client, collection, glossary);
  }

  /** The collection this service reads and writes. */
  public String collection() {
    return collection;
  }

  // ---------------------------------------------------------------------------------- search

  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    long start = System.nanoTime();
    UserQueryParser.Parsed parsed = parser.parse(r.query()); // the same validation and notices as the embedded index
    SearchRequest.Sort sort = r.effectiveSort();
    SolrQuery q = new SolrQuery();
    if (parsed.query() == null) {
      q.setQuery("*:*");
    } else {
      q.set("defType", SolrConfigset.QUERY_PARSER);
      q.setQuery(r.query());
    }
    if (r.hasLang()) {
      q.addFilterQuery(LANG + ":" + SolrSyntax.term(r.lang()));
    }
    long[] published = r.publishedRange();
    if (published != null) {
      q.addFilterQuery(PUBLISHED + ":[" + SolrSyntax.bound(published[0]) + " TO " + SolrSyntax.bound(published[1]) + "]");
    }
    FacetAssembly.selections(r, this::resolveAreaId)
        .forEach((dim, values) -> q.addFilterQuery("{!tag=" + dim + "}" + SolrSyntax.anyOf(dim, values)));
    SolrSyntax.order(q, sort);
    q.setFields(SolrDocuments.STORED_FIELDS + (sort == SearchRequest.Sort.RELEVANCE ? ",score" : ""));
    String mark = r.cursor() == null ? null : SolrSyntax.decodeCursor(r.cursor(), sort);
    boolean cursor = mark != null || r.from() == 0;
    if (cursor) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark == null ? CursorMarkParams.CURSOR_MARK_START : mark);
      q.setStart(0);
    } else {
      q.setStart(r.from());
    }
    q.setRows(r.size());
    Duration budget = r.timeBudgetOrDefault();
    q.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, budget.toMillis()));
    if (r.facets()) {
      q.setFacet(true);
      q.setFacetMinCount(1);
      q.setFacetLimit(FacetAssembly.MAX_FACET_VALUES);
      q.setFacetSort("count");
      for (String dim : FACET_DIMS) {
        q.addFacetField("{!ex=" + dim + "}" + dim);
      }
    }
    QueryResponse resp = query(q);

    SolrDocumentList docs = resp.getResults();
    List<Paragraph> page = new ArrayList<>(docs.size());
    docs.forEach(d -> page.add(SolrDocuments.toParagraph(d)));
    List<List<String>> highlights = r.highlight() && parsed.query() != null && !page.isEmpty()
        ? Highlights.forParagraphs(analyzer, parsed.query(), page)
        : null;
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Object score = docs.get(i).getFieldValue("score");
      hits.add(new Hit(page.get(i), score == null ? null : ((Number) score).floatValue(),
          highlights == null ? List.of() : highlights.get(i)));
    }
    long total = docs.getNumFound();
    String next = null;
    if (cursor && !page.isEmpty() && page.size() == r.size() && r.size() < total) {
      String nextMark = resp.getNextCursorMark();
      if (nextMark != null && !nextMark.equals(mark)) {
        next = SolrSyntax.encodeCursor(sort, nextMark);
      }
    }
    Facets facets = r.facets() ? facets(resp, r) : Facets.EMPTY;
    boolean timedOut = Boolean.TRUE.equals(resp.getHeader().get("partialResults"));
    List<String> notices = new ArrayList<>(parsed.notices());
    if (timedOut) {
      notices.add(r.timedOutNotice());
    }
    return new SearchResult(total, (System.nanoTime() - start) / 1_000_000, hits, facets, next, timedOut, notices);
  }

  private Facets facets(QueryResponse resp, SearchRequest r) {
    Map<String, List<FacetAssembly.Count>> byDim = new LinkedHashMap<>();
    if (resp.getFacetFields() != null) {
      for (FacetField f : resp.getFacetFields()) {
        byDim.put(f.getName(), counts(f));
      }
    }
    return facetAssembly.assemble(byDim, r, this::first);
  }

  /**
   * The first paragraph in index order (release, position) with the given field values, or null;
   * a found one is cached until this process writes.
   */
  private Paragraph first(Map<String, String> fieldValues) {
    String key = new TreeMap<>(fieldValues).toString();
    Paragraph cached = labelParagraphs.get(key);
    if (cached != null) {
      return cached;
    }
    long generation = writes.get();
    SolrQuery q = new SolrQuery("*:*");
    fieldValues.forEach((f, v) -> q.addFilterQuery(f + ":" + SolrSyntax.term(v)));
    q.addSort(RELEASE, SolrQuery.ORDER.asc).addSort(POSITION, SolrQuery.ORDER.asc);
    q.setFields(SolrDocuments.STORED_FIELDS);
    q.setRows(1);
    SolrDocumentList docs;
    try {
      docs = query(q).getResults();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (docs.isEmpty()) {
      return null;
    }
    Paragraph p = SolrDocuments.toParagraph(docs.get(0));
    if (generation % 2 == 0 && writes.get() == generation) {
      if (labelParagraphs.size() >= MAX_CACHED_LABELS) {
        labelParagraphs.clear();
      }
      labelParagraphs.put(key, p);
    }
    return p;
  }

  // ---------------------------------------------------------------------------------- reads

  @Override
  public Optional<Paragraph> paragraph(String id) throws IOException {
    SolrQuery q = new SolrQuery(ID + ":" + SolrSyntax.term(id));
    q.setFields(SolrDocuments.STORED_FIELDS);
    q.setRows(1);
    SolrDocumentList docs = query(q).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.of(SolrDocuments.toParagraph(docs.get(0)));
  }

  @Override
  public Optional<ParsedRelease> release(String releaseId) throws IOException {
    List<Paragraph> paragraphs = new ArrayList<>();
    forEach(RELEASE + ":" + SolrSyntax.term(releaseId), d -> paragraphs.add(SolrDocuments.toParagraph(d)));
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    paragraphs.sort(Comparator.comparingInt(Paragraph::position));
    return Optional.of(new ParsedRelease(paragraphs.get(0).release(), paragraphs));
  }

  /** Every document matching {@code query}, in pages through Solr's cursor. */
  private void forEach(String query, Consumer<SolrDocument> sink) throws IOException {
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery(query);
      q.setFields(SolrDocuments.STORED_FIELDS);
      q.addSort(RELEASE, SolrQuery.ORDER.asc).addSort(POSITION, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
      q.setRows(1000);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse resp = query(q);
      resp.getResults().forEach(sink);
      String next = resp.getNextCursorMark();
      if (resp.getResults().size() < 1000 || next == null || next.equals(mark)) {
        return;
      }
      mark = next;
    }
  }

  @Override
  public List<ReleaseSummary> releases() throws IOException {
    // Each release's first paragraph in one pass (positions start at 1), not a lookup per release.
    Map<String, Paragraph> firsts = new java.util.HashMap<>();
    forEach(POSITION + ":1", d -> {
      Paragraph p = SolrDocuments.toParagraph(d);
      firsts.putIfAbsent(p.release().id(), p);
    });
    List<ReleaseSummary> out = new ArrayList<>();
    for (FacetAssembly.Count c : allValues(RELEASE)) {
      Paragraph p = firsts.containsKey(c.value()) ? firsts.get(c.value()) : FacetAssembly.required(this::first, RELEASE, c.value());
      out.add(new ReleaseSummary(p.release(), (int) c.count()));
    }
    out.sort(ReleaseSummary.NEWEST_FIRST);
    return out;
  }

  @Override
  public List<SearchResult.AreaCount> areas() throws IOException {
    return facetAssembly.areaCounts(allValues(AREA), this::first);
  }

  /** Every value of a field over the whole collection, with its count. */
  private List<FacetAssembly.Count> allValues(String field) throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.setFacetLimit(-1);
    q.setFacetSort("index");
    q.addFacetField(field);
    return counts(query(q).getFacetField(field));
  }

  private static List<FacetAssembly.Count> counts(FacetField f) {
    List<FacetAssembly.Count> out = new ArrayList<>();
    if (f != null && f.getValues() != null) {
      f.getValues().forEach(c -> out.add(new FacetAssembly.Count(c.getName(), c.getCount())));
    }
    return out;
  }

  @Override
  public Optional<Area> resolveArea(String idOrLabel) {
    return facetAssembly.resolveArea(idOrLabel, this::first);
  }

  @Override
  public long paragraphCount() throws IOException {
    return count("*:*");
  }

  private long count(String query) throws IOException {
    SolrQuery q = new SolrQuery(query);
    q.setRows(0);
    return query(q).getResults().getNumFound();
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    try {
      return client.query(collection, q, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new BackendUnavailableException("SolrCloud did not answer: " + SolrRetry.message(e), e);
    } catch (SolrException e) {
      if (e.code() == 400) {
        boolean cursor = q.get(CursorMarkParams.CURSOR_MARK_PARAM) != null
            && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("cursor");
        throw new InvalidRequestException(cursor ? "cursor" : "q", "SolrCloud refused the search: " + SolrRetry.message(e));
      }
      if (e.code() >= 500 || e.code() <= 0) {
        throw new BackendUnavailableException("SolrCloud could not answer: " + SolrRetry.message(e), e);
      }
      throw new IOException("SolrCloud query failed: " + SolrRetry.message(e), e);
    }
  }

  // ---------------------------------------------------------------------------------- writes

  @Override
  public void put(ParsedRelease release) throws IOException {
    putAll(List.of(release));
  }

  /**
   * Writes the releases (their agreements given areas), deletes the paragraphs past the end of
   * each new version, commits, then links the releases with their other-language versions and
   * commits the changed links: the steps of the embedded index, over Solr.
   */
  @Override
  public void putAll(Collection<ParsedRelease> releases) throws IOException {
    if (releases.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      beginWrite();
      try {
        write(releases);
      } finally {
        endWrite();
      }
    }
  }

  private void write(Collection<ParsedRelease> releases) throws IOException {
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    List<String> stale = new ArrayList<>();
    for (ParsedRelease parsed : releases) {
      ParsedRelease r = agreementAreas.withAreas(parsed);
      int last = -1;
      for (Paragraph p : r.paragraphs()) {
        batch.add(SolrDocuments.toSolr(p));
        last = Math.max(last, p.position());
        if (batch.size() >= BATCH) {
          add(batch);
          batch = new ArrayList<>(BATCH);
        }
      }
      stale.add("(" + RELEASE + ":" + SolrSyntax.term(r.release().id()) + " AND " + POSITION + ":{" + last + " TO *])");
    }
    add(batch);
    for (int i = 0; i < stale.size(); i += 100) {
      String dbq = String.join(" OR ", stale.subList(i, Math.min(stale.size(), i + 100)));
      SolrRetry.retry("deleting the old paragraphs of " + releases.size() + " release(s)", () -> client.deleteByQuery(collection, dbq));
    }
    commit();
    List<SolrInputDocument> relinked = new ArrayList<>();
    if (ReleaseLinker.linkAll(linkStore(relinked), releases, agreementAreas)) {
      add(relinked);
      commit();
    }
  }

  /** Label lookups started from here on are not cached until {@link #endWrite}. */
  private void beginWrite() {
    writes.incrementAndGet();
    labelParagraphs.clear();
  }

  private void endWrite() {
    labelParagraphs.clear();
    writes.incrementAndGet();
  }

  @Override
  public boolean delete(String releaseId) throws IOException {
    synchronized (writeLock) {
      String q = RELEASE + ":" + SolrSyntax.term(releaseId);
      if (count(q) == 0) {
        return false;
      }
      beginWrite();
      try {
        SolrRetry.retry("deleting release " + releaseId, () -> client.deleteByQuery(collection, q));
        commit();
        // Remove the links that pointed into the deleted release.
        List<SolrInputDocument> relinked = new ArrayList<>();
        if (ReleaseLinker.unlinkFrom(linkStore(relinked), releaseId)) {
          add(relinked);
          commit();
        }
      } finally {
        endWrite();
      }
      return true;
    }
  }

  /** Linking's view of the collection; rewritten paragraphs are collected in {@code rewrites}. */
  private ReleaseLinker.LinkStore linkStore(List<SolrInputDocument> rewrites) {
    return new ReleaseLinker.LinkStore() {
      @Override
      public List<Paragraph> clauses(long from, long to, boolean english, int limit) throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(PUBLISHED + ":[" + from + " TO " + to + "]");
        q.addFilterQuery(KIND + ":" + Kind.CLAUSE.id());
        q.addFilterQuery((english ? "" : "-") + LANG + ":en");
        q.addSort(RELEASE, SolrQuery.ORDER.asc).addSort(POSITION, SolrQuery.ORDER.asc);
        q.setFields(SolrDocuments.STORED_FIELDS);
        q.setRows(limit);
        List<Paragraph> out = new ArrayList<>();
        query(q).getResults().forEach(d -> out.add(SolrDocuments.toParagraph(d)));
        return out;
      }

      @Override
      public Optional<ParsedRelease> release(String id) throws IOException {
        return SolrCloudSearchService.this.release(id);
      }

      @Override
      public void rewrite(Paragraph p) {
        rewrites.add(SolrDocuments.toSolr(p));
      }

      @Override
      public Set<String> releasesLinkedTo(String releaseId) throws IOException {
        Set<String> linked = new java.util.TreeSet<>();
        forEach(COUNTERPART_RELEASE + ":" + SolrSyntax.term(releaseId),
            d -> linked.add(SolrDocuments.toParagraph(d).release().id()));
        return linked;
      }
    };
  }

  private void add(List<SolrInputDocument> docs) throws IOException {
    for (int i = 0; i < docs.size(); i += BATCH) {
      List<SolrInputDocument> part = docs.subList(i, Math.min(docs.size(), i + BATCH));
      SolrRetry.retry("adding " + part.size() + " paragraphs", () -> client.add(collection, part));
    }
  }

  private void commit() throws IOException {
    SolrRetry.retry("committing", () -> client.commit(collection, true, true));
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
