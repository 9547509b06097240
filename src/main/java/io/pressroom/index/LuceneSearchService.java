package io.pressroom.index;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.ingest.Area;
import io.pressroom.ingest.AreaTaxonomy;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.search.Glossary;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded search engine: one Lucene index of paragraphs on disk (or in memory for tests).
 *
 * <p>Writes replace a release's paragraphs as one block ({@link IndexWriter#updateDocuments}), then
 * commit and reopen, so a search never sees a release half-present and a crash leaves the last
 * commit intact. Searches run on near-real-time snapshots from a {@link SearcherManager}, which
 * reference-counts readers: none is closed under a running search.
 */
public final class LuceneSearchService implements SearchService {
  private final Directory directory;
  /** Replaced (with {@link #searchers}) when an I/O error closed the writer: see {@link #reopenIfClosed}. */
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  /** Serializes {@link #putAll} and {@link #delete}: a write and its linking pass see one another whole. */
  private final Object writeLock = new Object();
  private final Analyzer analyzer;
  private final AreaTaxonomy taxonomy;
  private final SearchExecutor executor;
  private final AgreementAreas agreementAreas;

  private LuceneSearchService(Directory directory, AreaTaxonomy taxonomy, Glossary glossary) throws IOException {
    this.directory = directory;
    this.taxonomy = taxonomy;
    this.analyzer = FieldAnalyzers.create();
    this.writer = newWriter(directory, analyzer);
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit();
    }
    this.searchers = new SearcherManager(writer, new FacetingSearcher.Factory());
    this.executor = new SearchExecutor(analyzer, taxonomy, glossary, this::resolveAreaId);
    this.agreementAreas = new AgreementAreas(analyzer);
  }

  private static IndexWriter newWriter(Directory directory, Analyzer analyzer) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setIndexSort(new Sort(new SortField(RELEASE, SortField.Type.STRING), new SortField(POSITION, SortField.Type.LONG)));
    return new IndexWriter(directory, config);
  }

  /**
   * After an I/O error Lucene closes the writer for good (a "tragic" exception), and every later
   * write would fail with AlreadyClosedException until a restart. Instead the service opens a new
   * writer on the last commit, and searches move to it: what the failed write had buffered is
   * dropped, everything committed stays. Called under {@link #writeLock}.
   */
  private void reopenIfClosed() throws IOException {
    if (writer.isOpen()) {
      return;
    }
    IndexWriter fresh = null;
    // A merge thread that hit the error may still be rolling the old writer back, lock held.
    for (int attempt = 0; fresh == null; attempt++) {
      try {
        fresh = newWriter(directory, analyzer);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        if (attempt >= 20) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    SearcherManager old = searchers;
    searchers = new SearcherManager(fresh, new FacetingSearcher.Factory());
    writer = fresh;
    old.close(); // searches holding its snapshot finish on it; release() works on either manager
  }

  /** The error of a failed write, after making the service writable again if the writer died. */
  private IOException failedWrite(String what, Exception e) {
    boolean died = !writer.isOpen();
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    try {
      reopenIfClosed();
    } catch (IOException | RuntimeException reopen) {
      e.addSuppressed(reopen);
      return new IOException(what + " failed (" + reason + "); the index writer stopped and could not be reopened ("
          + reopen.getMessage() + "): searches serve the last commit, writes fail until the storage is fixed", e);
    }
    return new IOException(what + " failed (" + reason + ")"
        + (died ? "; the index was rolled back to its last commit and takes writes again" : ""), e);
  }

  /** Opens (creating if needed) the index in {@code dir}, with the shipped glossary. */
  public static LuceneSearchService open(Path dir) throws IOException {
    return open(dir, Glossary.standard());
  }

  /** Opens (creating if needed) the index in {@code dir}, expanding queries with {@code glossary}. */
  public static LuceneSearchService open(Path dir, Glossary glossary) throws IOException {
    Files.createDirectories(dir);
    return new LuceneSearchService(FSDirectory.open(dir), AreaTaxonomy.standard(), glossary);
  }

  /**
   * The index in {@code directory} (created if empty), which the service owns and closes. For
   * tests that inject faults (e.g. Lucene's {@code MockDirectoryWrapper}) and for other storage.
   */
  public static LuceneSearchService open(Directory directory) throws IOException {
    return new LuceneSearchService(directory, AreaTaxonomy.standard(), Glossary.standard());
  }

  /** An index in memory, for tests and one-off tools. */
  public static LuceneSearchService openInMemory() throws IOException {
    return openInMemory(Glossary.standard());
  }

  /** An index in memory expanding queries with {@code glossary}. */
  public static LuceneSearchService openInMemory(Glossary glossary) throws IOException {
    return new LuceneSearchService(new ByteBuffersDirectory(), AreaTaxonomy.standard(), glossary);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return executor.search((FacetingSearcher) s, request);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void put(ParsedRelease release) throws IOException {
    putAll(List.of(release));
  }

  /**
   * Adds or replaces several releases with one commit (the way to ingest in bulk), then links
   * those that have a version in the other language to it ({@link ReleaseLinker}) and commits the
   * links.
   */
  @Override
  public void putAll(Collection<ParsedRelease> releases) throws IOException {
    synchronized (writeLock) {
      try {
        reopenIfClosed();
        for (ParsedRelease r : releases) {
          add(r);
        }
        commit();
        link(releases);
      } catch (IOException | RuntimeException e) {
        throw failedWrite("writing " + releases.size() + " release(s)", e);
      }
    }
  }

  /** Writes the links of {@code releases}: only the paragraphs whose links changed are rewritten. */
  void link(Collection<ParsedRelease> releases) throws IOException {
    IndexSearcher s = searchers.acquire();
    boolean changed;
    try {
      changed = ReleaseLinker.linkAll(linkStore(s), releases, agreementAreas);
    } finally {
      searchers.release(s);
    }
    if (changed) {
      commit();
    }
  }

  /** Linking's view of this index: clauses and links from snapshot {@code s}, releases and rewrites live. */
  private ReleaseLinker.LinkStore linkStore(IndexSearcher s) {
    ReleaseLinker.ClauseSource clauses = ReleaseLinker.clausesIn(s);
    return new ReleaseLinker.LinkStore() {
      @Override
      public List<Paragraph> clauses(long from, long to, boolean english, int limit) throws IOException {
        return clauses.clauses(from, to, english, limit);
      }

      @Override
      public Optional<ParsedRelease> release(String id) throws IOException {
        return LuceneSearchService.this.release(id);
      }

      @Override
      public void rewrite(Paragraph p) throws IOException {
        writer.updateDocument(new Term(ID, p.id()), ParagraphDocuments.toDocument(p));
      }

      @Override
      public Set<String> releasesLinkedTo(String releaseId) throws IOException {
        Set<String> linked = new java.util.TreeSet<>();
        TopDocs top = s.search(new TermQuery(new Term(COUNTERPART_RELEASE, releaseId)), Integer.MAX_VALUE);
        for (ScoreDoc d : top.scoreDocs) {
          linked.add(ParagraphDocuments.toParagraph(s.storedFields().document(d.doc)).release().id());
        }
        return linked;
      }
    };
  }

  /**
   * Adds or replaces a release without committing; visible to searches after the next {@link
   * #commit()}. Its agreements get their areas first ({@link AgreementAreas}). For bulk ingest from
   * several threads.
   */
  public void add(ParsedRelease parsed) throws IOException {
    ParsedRelease r = agreementAreas.withAreas(parsed);
    List<Document> docs = new ArrayList<>(r.paragraphs().size());
    for (Paragraph p : r.paragraphs()) {
      docs.add(ParagraphDocuments.toDocument(p));
    }
    writer.updateDocuments(new Term(RELEASE, r.release().id()), docs);
  }

  /** Makes every change durable and visible to searches. */
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public boolean delete(String releaseId) throws IOException {
    synchronized (writeLock) {
      try {
        reopenIfClosed();
        boolean existed = count(new TermQuery(new Term(RELEASE, releaseId))) > 0;
        if (existed) {
          writer.deleteDocuments(new Term(RELEASE, releaseId));
          commit();
          unlinkFrom(releaseId);
        }
        return existed;
      } catch (IOException | RuntimeException e) {
        throw failedWrite("deleting release " + releaseId, e);
      }
    }
  }

  /** Removes the counterpart links that pointed into a deleted release. */
  private void unlinkFrom(String releaseId) throws IOException {
    IndexSearcher s = searchers.acquire();
    boolean changed;
    try {
      changed = ReleaseLinker.unlinkFrom(linkStore(s), releaseId);
    } finally {
      searchers.release(s);
    }
    if (changed) {
      commit();
    }
  }

  @Override
  public Optional<Paragraph> paragraph(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(ParagraphDocuments.toParagraph(s.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Optional<ParsedRelease> release(String releaseId) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TermQuery q = new TermQuery(new Term(RELEASE, releaseId));
      int n = s.count(q);
      if (n == 0) {
        return Optional.empty();
      }
      TopDocs top = s.search(q, n, new Sort(new SortField(POSITION, SortField.Type.LONG)));
      List<Paragraph> paragraphs = new ArrayList<>(n);
      for (ScoreDoc d : top.scoreDocs) {
        paragraphs.add(ParagraphDocuments.toParagraph(s.storedFields().document(d.doc)));
      }
      return Optional.of(new ParsedRelease(paragraphs.get(0).release(), paragraphs));
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public List<ReleaseSummary> releases() throws IOException {
    FacetingSearcher s = (FacetingSearcher) searchers.acquire();
    try {
      List<ReleaseSummary> out = new ArrayList<>();
      if (s.facetState() == null) {
        return out;
      }
      FacetsCollector fc = s.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s.facetState(), fc);
      FacetResult all = SearchExecutor.children(counts, RELEASE, Integer.MAX_VALUE);
      if (all != null) {
        for (LabelAndValue lv : all.labelValues) {
          out.add(new ReleaseSummary(SearchExecutor.firstParagraph(s, RELEASE, lv.label).release(), lv.value.intValue()));
        }
      }
      out.sort(ReleaseSummary.NEWEST_FIRST);
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public List<SearchResult.AreaCount> areas() throws IOException {
    FacetingSearcher s = (FacetingSearcher) searchers.acquire();
    try {
      return executor.areaCounts(s);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Optional<Area> resolveArea(String idOrLabel) {
    FacetingSearcher s;
    try {
      s = (FacetingSearcher) searchers.acquire();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      return executor.resolveArea(idOrLabel, s);
    } finally {
      try {
        searchers.release(s);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }


  @Override
  public long paragraphCount() throws IOException {
    return count(new MatchAllDocsQuery());
  }

  private int count(org.apache.lucene.search.Query q) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(q);
    } finally {
      searchers.release(s);
    }
  }

  /** Every paragraph in document order (release date, release, position), for export. */
  public void forEachParagraph(java.util.function.Consumer<Paragraph> sink) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Sort order = ResultOrder.of(SearchRequest.Sort.POSITION);
      ScoreDoc after = null;
      while (true) {
        TopDocs page = s.searchAfter(after, new MatchAllDocsQuery(), 1000, order);
        for (ScoreDoc d : page.scoreDocs) {
          sink.accept(ParagraphDocuments.toParagraph(s.storedFields().document(d.doc)));
        }
        if (page.scoreDocs.length < 1000) {
          return;
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
      }
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer.isOpen()) {
        writer.commit();
      }
    } finally {
      writer.close();
      directory.close();
    }
  }
}
