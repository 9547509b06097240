package io.pressroom.solr;

import static io.pressroom.store.Fields.ID;
import static io.pressroom.store.Fields.POSITION;
import static io.pressroom.store.Fields.PUBLISHED;
import static io.pressroom.store.Fields.RELEASE;

import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.search.BackendUnavailableException;
import io.pressroom.search.Cursor;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.store.Fields;
import io.pressroom.store.Filter;
import io.pressroom.store.Order;
import io.pressroom.store.SearchPlan;
import io.pressroom.store.Snapshot;
import io.pressroom.store.Store;
import io.pressroom.store.StoredPage;
import io.pressroom.store.StoredPage.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.UpdateParams;

/**
 * The store over a SolrCloud collection, for when one machine is not enough. The collection uses
 * the generated configset ({@link SolrConfigset}): the nodes analyse text with Pressroom's
 * analyzers and rebuild the text query with Pressroom's parser ({@link PressroomQParserPlugin}),
 * so a plan runs as on the embedded index.
 *
 * <p>Facets are multi-select through Solr's tag/exclude: each selected dimension's filter is tagged
 * and excluded from that dimension's counts. Writes are batched and retried with back-off, so a
 * leader election (a node stopped, with a replication factor of 2 or more) costs a retry, not a
 * release. A release's paragraphs replace the old version's by id, and those past its end are
 * deleted at the commit. In a collection routed by release ({@code router.field=release}) a search
 * sees a release's old or new version whole; routed by id, each shard commits on its own and a
 * search may briefly see a mix. Each write ends with {@link #commitExpunged()}: no replica keeps a
 * replaced paragraph in its term statistics, so scores are those of the embedded index.
 */
public final class SolrStore implements Store {
  /** Documents per update request. */
  static final int BATCH = 500;
  private static final int SCAN_PAGE = 1000;

  private final SolrClient client;
  private final String collection;
  private final String description;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  /** Queries of the paragraphs past the end of each release written since the last commit. */
  private final List<String> stale = new ArrayList<>();
  /** Commits by this process: a snapshot's version while nothing is uncommitted. */
  private volatile long commits;
  private volatile boolean dirty;
  /** Whether anything was written, rewritten or deleted since the last {@link #commitExpunged()}. */
  private boolean writtenSinceExpunged;

  SolrStore(SolrClient client, String collection, String description) {
    this.client = client;
    this.collection = collection;
    this.description = description;
  }

  /**
   * Connects to the collection {@code collection} of the SolrCloud whose ZooKeeper is {@code
   * zkHost} ({@code HOST:PORT[,HOST:PORT…][/chroot]}).
   *
   * @throws IOException if ZooKeeper cannot be reached, holds no SolrCloud at that address (a chroot
   *     missing or wrong: said at once, see {@link ZkProbe}), or the collection does not exist
   */
  public static SolrStore connect(String zkHost, String collection) throws IOException {
    int slash = zkHost.indexOf('/');
    String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
    Optional<String> chroot = slash < 0 || slash == zkHost.length() - 1 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    ZkProbe.check(zkHost, hosts, chroot.orElse(""), java.time.Duration.ofSeconds(15));
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
    return new SolrStore(client, collection, "the SolrCloud collection '" + collection + "' (" + zkHost + ")");
  }

  /** The collection this store reads and writes. */
  public String collection() {
    return collection;
  }

  @Override
  public String describe() {
    return description;
  }

  /** A SolrCloud store is a collection, never an "index", in a health report. */
  @Override
  public String noun() {
    return "collection";
  }

  // ------------------------------------------------------------------------------------ writes

  @Override
  public void write(ParsedRelease r) throws IOException {
    dirty = true;
    writtenSinceExpunged = true;
    int last = -1;
    for (Paragraph p : r.paragraphs()) {
      add(SolrDocuments.toSolr(p));
      last = Math.max(last, p.position());
    }
    stale.add("(" + RELEASE + ":" + SolrSyntax.term(r.release().id()) + " AND " + POSITION + ":{" + last + " TO *])");
  }

  @Override
  public void rewrite(List<Paragraph> paragraphs) throws IOException {
    dirty = true;
    writtenSinceExpunged = true;
    for (Paragraph p : paragraphs) {
      add(SolrDocuments.toSolr(p));
    }
  }

  @Override
  public void delete(String releaseId) throws IOException {
    dirty = true;
    writtenSinceExpunged = true;
    flush();
    String q = RELEASE + ":" + SolrSyntax.term(releaseId);
    SolrRetry.retry("deleting release " + releaseId, () -> client.deleteByQuery(collection, q));
  }

  @Override
  public void commit() throws IOException {
    commit(false);
  }

  /**
   * Commits with {@code expungeDeletes}: every replica merges away its deleted documents first, so
   * that replaced paragraphs leave the term statistics, which otherwise differ from replica to
   * replica and from the embedded index's (the configset allows no deleted document to stay, and
   * {@link ExpungingUpdateHandler} waits out merges that were running). Skipped when nothing was
   * written since the last one.
   */
  @Override
  public void commitExpunged() throws IOException {
    if (writtenSinceExpunged) {
      commit(true);
    }
  }

  private void commit(boolean expunge) throws IOException {
    flush();
    for (int i = 0; i < stale.size(); i += 100) {
      String dbq = String.join(" OR ", stale.subList(i, Math.min(stale.size(), i + 100)));
      SolrRetry.retry("deleting the old paragraphs of the releases written", () -> client.deleteByQuery(collection, dbq));
    }
    stale.clear();
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    if (expunge) {
      commit.setParam(UpdateParams.EXPUNGE_DELETES, "true");
    }
    SolrRetry.retry("committing", () -> commit.process(client, collection));
    commits++;
    dirty = false;
    writtenSinceExpunged &= !expunge;
  }

  /** SolrCloud cannot roll back: what was sent stays; what was still buffered here is dropped. */
  @Override
  public String recover() {
    pending.clear();
    stale.clear();
    return null;
  }

  private void add(SolrInputDocument d) throws IOException {
    pending.add(d);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private void flush() throws IOException {
    if (!pending.isEmpty()) {
      List<SolrInputDocument> batch = List.copyOf(pending);
      pending.clear();
      SolrRetry.retry("adding " + batch.size() + " paragraphs", () -> client.add(collection, batch));
    }
  }

  // ------------------------------------------------------------------------------------- reads

  @Override
  public Snapshot snapshot() {
    long version = dirty ? -1 : commits;
    return new Snapshot() {
      @Override
      public StoredPage search(SearchPlan plan) throws IOException {
        return SolrStore.this.search(plan);
      }

      @Override
      public void scan(List<Filter> filters, Consumer<Paragraph> sink) throws IOException {
        SolrStore.this.scan(filters, sink);
      }

      @Override
      public long version() {
        return version;
      }

      @Override
      public void close() {}
    };
  }

  private StoredPage search(SearchPlan plan) throws IOException {
    SolrQuery q = new SolrQuery();
    if (plan.query() == null) {
      q.setQuery("*:*");
    } else {
      q.set("defType", SolrConfigset.QUERY_PARSER);
      q.setQuery(plan.queryText());
      q.set(PressroomQParserPlugin.RELAXED, plan.relaxed());
    }
    filters(q, plan.filters());
    plan.selections().forEach((dim, values) -> q.addFilterQuery("{!tag=" + dim + "}" + SolrSyntax.anyOf(dim, values)));
    SolrSyntax.order(q, plan.order());
    StringBuilder fl = new StringBuilder(Fields.PARAGRAPH).append(plan.order() == Order.RELEVANCE ? ",score" : "");
    plan.hitValues().forEach(f -> fl.append(',').append(f));
    q.setFields(fl.toString());
    String mark = null;
    if (plan.after() != null) {
      if (plan.after().size() != 1 || !(plan.after().get(0) instanceof String m)) {
        throw Cursor.invalid();
      }
      mark = m;
    }
    boolean cursor = mark != null || plan.offset() == 0;
    if (cursor) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark == null ? CursorMarkParams.CURSOR_MARK_START : mark);
      q.setStart(0);
    } else {
      q.setStart(plan.offset());
    }
    q.setRows(plan.size());
    if (plan.budget() != null) {
      q.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, plan.budget().toMillis()));
    }
    if (plan.countFacets()) {
      boolean all = plan.facetLimit() == Integer.MAX_VALUE;
      q.setFacet(true);
      q.setFacetMinCount(1);
      q.setFacetLimit(all ? -1 : plan.facetLimit());
      q.setFacetSort(all ? "index" : "count");
      for (String dim : Fields.FACET_DIMS) {
        q.addFacetField("{!ex=" + dim + "}" + dim);
      }
      for (String dim : Fields.WHOLE_DIMS) {
        q.set("f." + dim + ".facet.limit", -1);
      }
    }
    QueryResponse resp = query(q);
    SolrDocumentList docs = resp.getResults();
    List<StoredPage.Hit> hits = new ArrayList<>(docs.size());
    for (SolrDocument d : docs) {
      Object score = d.getFieldValue("score");
      Map<String, String> values = new LinkedHashMap<>();
      for (String f : plan.hitValues()) {
        Object v = d.getFirstValue(f);
        if (v != null) {
          values.put(f, v.toString());
        }
      }
      Paragraph p = SolrDocuments.toParagraph(d);
      hits.add(new StoredPage.Hit(score == null ? null : ((Number) score).floatValue(), null, values, () -> p));
    }
    List<Object> resume = null;
    String next = resp.getNextCursorMark();
    if (cursor && next != null && !next.equals(mark)) {
      resume = List.of(next);
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (resp.getFacetFields() != null) {
      for (FacetField f : resp.getFacetFields()) {
        facets.put(f.getName(), counts(f));
      }
    }
    boolean timedOut = Boolean.TRUE.equals(resp.getHeader().get("partialResults"));
    return new StoredPage(docs.getNumFound(), hits, facets, resume, timedOut);
  }

  private static void filters(SolrQuery q, List<Filter> filters) {
    for (Filter f : filters) {
      if (f instanceof Filter.AnyOf a) {
        q.addFilterQuery((a.negated() ? "-" : "") + SolrSyntax.anyOf(a.field(), a.values()));
      } else if (f instanceof Filter.Range r) {
        q.addFilterQuery(r.field() + ":[" + SolrSyntax.bound(r.from()) + " TO " + SolrSyntax.bound(r.to()) + "]");
      }
    }
  }

  /** Every document matching {@code filters}, in document order, a page at a time through Solr's cursor. */
  private void scan(List<Filter> filters, Consumer<Paragraph> sink) throws IOException {
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      filters(q, filters);
      q.setFields(Fields.PARAGRAPH);
      SolrSyntax.order(q, Order.POSITION);
      q.setRows(SCAN_PAGE);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse resp = query(q);
      resp.getResults().forEach(d -> sink.accept(SolrDocuments.toParagraph(d)));
      String next = resp.getNextCursorMark();
      if (resp.getResults().size() < SCAN_PAGE || next == null || next.equals(mark)) {
        return;
      }
      mark = next;
    }
  }

  private static List<FacetCount> counts(FacetField f) {
    List<FacetCount> out = new ArrayList<>();
    if (f != null && f.getValues() != null) {
      f.getValues().forEach(c -> out.add(new FacetCount(c.getName(), c.getCount())));
    }
    return out;
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    try {
      return client.query(collection, q, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new BackendUnavailableException("SolrCloud did not answer: " + SolrRetry.message(e), e);
    } catch (SolrException e) {
      if (e.code() == 400) {
        boolean cursor = q.get(CursorMarkParams.CURSOR_MARK_PARAM) != null
            && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("cursor");
        throw new InvalidRequestException(cursor ? "cursor" : "q", "SolrCloud refused the search: " + SolrRetry.message(e));
      }
      if (e.code() >= 500 || e.code() <= 0) {
        throw new BackendUnavailableException("SolrCloud could not answer: " + SolrRetry.message(e), e);
      }
      throw new IOException("SolrCloud query failed: " + SolrRetry.message(e), e);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
