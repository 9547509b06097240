package io.pressroom.core;

import static io.pressroom.store.Fields.COUNTERPART_RELEASE;
import static io.pressroom.store.Fields.ID;
import static io.pressroom.store.Fields.KIND;
import static io.pressroom.store.Fields.LANG;
import static io.pressroom.store.Fields.POSITION;
import static io.pressroom.store.Fields.PUBLISHED;
import static io.pressroom.store.Fields.RELEASE;

import io.pressroom.model.Area;
import io.pressroom.search.Organisations;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.search.Glossary;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.search.Searcher;
import io.pressroom.store.Fields;
import io.pressroom.store.Filter;
import io.pressroom.store.SearchPlan;
import io.pressroom.store.Snapshot;
import io.pressroom.store.Store;
import io.pressroom.store.StoredPage;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;

/**
 * The press-release archive: the one service the command line, the HTTP API and the tests use,
 * whichever {@link Store} keeps the paragraphs.
 *
 * <p>It owns the write path — a release's agreements get their areas ({@link AgreementAreas}), its
 * paragraphs replace the earlier version's, the write is committed, and the release is linked to
 * its other-language version ({@link ReleaseLinker}) — and reading: searches ({@link Searcher}),
 * releases, paragraphs, areas, agreements and the export of everything. Writes run one at a time.
 */
public final class Archive implements Closeable {
  private final Store store;
  private final Searcher searcher;
  private final AgreementAreas agreementAreas;
  private final Organisations organisations;
  /** Serializes every write: a write and its linking pass see one another whole. */
  private final Object writeLock = new Object();

  private Archive(Store store, Glossary glossary) {
    this.store = store;
    Analyzer analyzer = Fields.analyzer();
    this.searcher = new Searcher(store, analyzer, AreaTaxonomy.standard(), glossary);
    this.agreementAreas = new AgreementAreas(analyzer);
    this.organisations = new Organisations(glossary);
  }

  /** The archive kept in {@code store}, with the shipped glossary; closing it closes the store. */
  public static Archive open(Store store) {
    return new Archive(store, Glossary.standard());
  }

  /** The archive kept in {@code store}, expanding queries with {@code glossary}. */
  public static Archive open(Store store, Glossary glossary) {
    return new Archive(store, glossary);
  }

  // ------------------------------------------------------------------------------------- reads

  /** Runs a search. Throws {@code InvalidRequestException} for a request that cannot be served. */
  public SearchResult search(SearchRequest request) throws IOException {
    return searcher.search(request);
  }

  /** One paragraph by id. */
  public Optional<Paragraph> paragraph(String id) throws IOException {
    List<Paragraph> found = scan(List.of(Filter.is(ID, id)));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** A release and its paragraphs in order. */
  public Optional<ParsedRelease> release(String releaseId) throws IOException {
    List<Paragraph> paragraphs = scan(List.of(Filter.is(RELEASE, releaseId)));
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ParsedRelease(paragraphs.get(0).release(), paragraphs));
  }

  /** Every release, newest first, with its paragraph count. */
  public List<ReleaseSummary> releases() throws IOException {
    try (Snapshot s = store.snapshot()) {
      return listing.get(s);
    }
  }

  /** A page of the release listing (newest first), and how many releases there are. */
  public record ReleasePage(int total, List<ReleaseSummary> releases) {}

  /** Releases {@code [from, from + size)} of the listing; the listing is kept per snapshot. */
  public ReleasePage releases(int from, int size) throws IOException {
    try (Snapshot s = store.snapshot()) {
      List<ReleaseSummary> all = listing.get(s);
      int start = Math.min(from, all.size());
      return new ReleasePage(all.size(), List.copyOf(all.subList(start, Math.min(all.size(), start + size))));
    }
  }

  /** Every hit of a search, in its order, up to {@code max}: see {@link Searcher#export}. */
  public long export(SearchRequest request, long max, Consumer<Searcher.Exported> sink) throws IOException {
    return searcher.export(request, max, sink);
  }

  /** The release listing of the last snapshot it was computed on. */
  private final class Listing {
    private long version = -1;
    private List<ReleaseSummary> releases;

    synchronized List<ReleaseSummary> get(Snapshot s) throws IOException {
      long v = s.version();
      if (v < 0 || v != version || releases == null) {
        releases = releases(s);
        version = v;
      }
      return releases;
    }
  }

  private final Listing listing = new Listing();

  private static List<ReleaseSummary> releases(Snapshot s) throws IOException {
    Map<String, Paragraph> firsts = new HashMap<>();
    s.scan(List.of(new Filter.Range(POSITION, 1, 1)), p -> firsts.putIfAbsent(p.release().id(), p));
    List<ReleaseSummary> out = new ArrayList<>();
    for (StoredPage.FacetCount c : s.search(Searcher.countAll()).facets().getOrDefault(RELEASE, List.of())) {
      Paragraph first = firsts.get(c.value());
      if (first != null) {
        out.add(new ReleaseSummary(first.release(), (int) c.count()));
      }
    }
    out.sort(ReleaseSummary.NEWEST_FIRST);
    return List.copyOf(out);
  }

  /** The areas with the number of clauses each has (in taxonomy order, then others). */
  public List<SearchResult.AreaCount> areas() throws IOException {
    return searcher.areas();
  }

  /** The agreement paragraphs of one release, or of all (null), in document order. */
  public List<Paragraph> agreements(String releaseId) throws IOException {
    List<Filter> filters = new ArrayList<>();
    filters.add(Filter.is(KIND, Kind.AGREEMENT.id()));
    if (releaseId != null) {
      filters.add(Filter.is(RELEASE, releaseId));
    }
    List<Paragraph> out = new ArrayList<>();
    try (Snapshot s = store.snapshot()) {
      s.scan(filters, p -> {
        if (p.agreement() != null) {
          out.add(p);
        }
      });
    }
    out.sort(Comparator.comparing((Paragraph p) -> Fields.publishedSeconds(p))
        .thenComparing(p -> p.release().id()).thenComparingInt(Paragraph::position));
    return out;
  }

  /** Resolves an area id or label (any script, any language); empty if unknown. */
  public Optional<Area> resolveArea(String idOrLabel) {
    return searcher.resolveArea(idOrLabel);
  }

  /** The id of an area given by id or label; InvalidRequestException (parameter {@code area}) if unknown. */
  public String resolveAreaId(String idOrLabel) {
    return searcher.resolveAreaId(idOrLabel);
  }

  /** Number of paragraphs in the archive. */
  public long paragraphCount() throws IOException {
    try (Snapshot s = store.snapshot()) {
      return s.search(SearchPlan.list(List.of(), 0)).total();
    }
  }

  /** Every paragraph in index order (release, then position), for export. */
  public void forEachParagraph(Consumer<Paragraph> sink) throws IOException {
    try (Snapshot s = store.snapshot()) {
      s.scan(List.of(), sink);
    }
  }

  /**
   * Copies a consistent state of the archive into folder {@code target} while searches and writes
   * go on (see the store's {@code backup}); returns the files copied.
   */
  public List<String> backup(java.nio.file.Path target) throws IOException {
    return store.backup(target);
  }

  /** Where the data is, for messages. */
  public String describe() {
    return store.describe();
  }

  /** What the store is, in one word, for a health report: "index" or "collection" (see {@link Store#noun}). */
  public String storeNoun() {
    return store.noun();
  }

  private List<Paragraph> scan(List<Filter> filters) throws IOException {
    List<Paragraph> out = new ArrayList<>();
    try (Snapshot s = store.snapshot()) {
      s.scan(filters, out::add);
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ writes

  /** Adds a release, replacing every paragraph of an earlier version with the same id. */
  public void put(ParsedRelease release) throws IOException {
    putAll(List.of(release));
  }

  /**
   * Adds or replaces several releases with one commit, then links those that have a version in the
   * other language to it and commits the links.
   */
  public void putAll(Collection<ParsedRelease> releases) throws IOException {
    synchronized (writeLock) {
      try {
        List<ParsedRelease> written = new ArrayList<>(releases.size());
        for (ParsedRelease r : releases) {
          written.add(write(r));
        }
        commitAndLink(written);
        store.commitExpunged(); // replaced paragraphs out of the term statistics: see Store#commitExpunged
      } catch (IOException | RuntimeException e) {
        throw failedWrite("writing " + releases.size() + " release(s)", e);
      }
    }
  }

  /** Removes a release and its paragraphs, and the links that pointed into it; false if there was none. */
  public boolean delete(String releaseId) throws IOException {
    synchronized (writeLock) {
      try {
        if (scan(List.of(Filter.is(RELEASE, releaseId))).isEmpty()) {
          return false;
        }
        store.delete(releaseId);
        store.commit();
        ReleaseLinker.unlinkFrom(linkStore(), releaseId);
        store.commitExpunged(); // the unlinked paragraphs, and the deleted ones out of the term statistics
        return true;
      } catch (IOException | RuntimeException e) {
        throw failedWrite("deleting release " + releaseId, e);
      }
    }
  }

  /**
   * Runs a bulk write: {@code work} writes releases with {@link Bulk#write} and commits with {@link
   * Bulk#commitAndLink}, holding the write lock throughout.
   */
  <T> T bulk(BulkWork<T> work) throws IOException {
    synchronized (writeLock) {
      try {
        T result = work.run(new Bulk());
        store.commitExpunged(); // once a bulk write, not a batch: see Store#commitExpunged
        return result;
      } catch (IOException | RuntimeException e) {
        throw failedWrite("ingesting", e);
      }
    }
  }

  /** What a bulk write may do, under the write lock. */
  final class Bulk {
    /** Writes a release as {@link #enriched} made it (visible after the next commit). */
    void writeEnriched(ParsedRelease enriched) throws IOException {
      store.write(enriched);
    }

    /** Commits what was written, then links {@code releases} (as written: enriched) and commits the links. */
    void commitAndLink(Collection<ParsedRelease> releases) throws IOException {
      Archive.this.commitAndLink(releases);
    }

    /** Lets the store arrange itself for reading after {@code written} paragraphs ({@link Store#settle}). */
    void settle(long written) throws IOException {
      store.settle(written);
    }
  }

  /** A bulk write. */
  @FunctionalInterface
  interface BulkWork<T> {
    T run(Bulk bulk) throws IOException;
  }

  /** Writes {@code r} enriched, and returns what was written. */
  private ParsedRelease write(ParsedRelease r) throws IOException {
    ParsedRelease enriched = enriched(r);
    store.write(enriched);
    return enriched;
  }

  /**
   * A release as it is written: its agreements given their areas and the ids of their parties. A
   * function of the release alone, so a bulk ingest runs it on its parsing threads.
   */
  ParsedRelease enriched(ParsedRelease r) {
    return organisations.withOrganisations(agreementAreas.withAreas(r));
  }

  /** Commits, then links {@code releases} (enriched, as written) and commits the links. */
  private void commitAndLink(Collection<ParsedRelease> releases) throws IOException {
    store.commit();
    if (ReleaseLinker.linkAll(linkStore(), releases, java.util.function.UnaryOperator.identity())) {
      store.commit();
    }
  }

  /** The error of a failed write, after letting the store recover from it. */
  private IOException failedWrite(String what, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String recovered;
    try {
      recovered = store.recover();
    } catch (IOException | RuntimeException failed) {
      e.addSuppressed(failed);
      return new IOException(what + " failed (" + reason + "); " + failed.getMessage(), e);
    }
    return new IOException(what + " failed (" + reason + ")" + (recovered == null ? "" : "; " + recovered), e);
  }

  /** Linking's view of the store: clauses of a day, releases by id, and rewriting paragraphs. */
  private ReleaseLinker.LinkStore linkStore() {
    return new ReleaseLinker.LinkStore() {
      @Override
      public List<Paragraph> clauses(long from, long to, boolean english, int limit) throws IOException {
        List<Filter> filters = List.of(
            new Filter.Range(PUBLISHED, from, to),
            Filter.is(KIND, Kind.CLAUSE.id()),
            english ? Filter.is(LANG, "en") : Filter.not(LANG, "en"));
        try (Snapshot s = store.snapshot()) {
          List<Paragraph> out = new ArrayList<>();
          for (StoredPage.Hit h : s.search(SearchPlan.list(filters, limit)).hits()) {
            out.add(h.paragraph());
          }
          return out;
        }
      }

      @Override
      public Optional<ParsedRelease> release(String id) throws IOException {
        return Archive.this.release(id);
      }

      @Override
      public void rewrite(Paragraph p) throws IOException {
        store.rewrite(List.of(p));
      }

      @Override
      public Set<String> releasesLinkedTo(String releaseId) throws IOException {
        Set<String> linked = new TreeSet<>();
        try (Snapshot s = store.snapshot()) {
          s.scan(List.of(Filter.is(COUNTERPART_RELEASE, releaseId)), p -> linked.add(p.release().id()));
        }
        return linked;
      }
    };
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
