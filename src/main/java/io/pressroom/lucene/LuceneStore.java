package io.pressroom.lucene;

import static io.pressroom.store.Fields.ID;
import static io.pressroom.store.Fields.POSITION;
import static io.pressroom.store.Fields.RELEASE;

import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.ReleaseSource;
import io.pressroom.store.Fields;
import io.pressroom.store.Filter;
import io.pressroom.store.IndexVersionException;
import io.pressroom.store.ReleaseSourceCodec;
import io.pressroom.store.StoreLockedException;
import io.pressroom.store.SearchPlan;
import io.pressroom.store.Snapshot;
import io.pressroom.store.Store;
import io.pressroom.store.StoredPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded store: one Lucene index of paragraphs on disk (or in memory for tests).
 *
 * <p>A release's paragraphs replace the earlier version's as one block ({@link
 * IndexWriter#updateDocuments}), so no commit ever holds a release half-present and a crash leaves
 * the last commit intact. Releases are analysed and indexed on one lane per core, chosen by release
 * id (so two versions of a release are written in order); {@link #commit()} waits for the lanes.
 * Reads run on near-real-time snapshots from a {@link SearcherManager}, which reference-counts
 * readers: none is closed under a running search.
 *
 * <p>Every commit records the version of the field table ({@link Fields#VERSION}); an index of
 * another version is refused when opened ({@link IndexVersionException}). A store opened {@link
 * #openReadOnly read-only} takes no write lock, so a command can read an index a server writes.
 * Commits can be copied while the index is in use ({@link #backup}).
 */
public final class LuceneStore implements Store {
  /** The commit-data key holding the field table's version. */
  static final String VERSION_KEY = "pressroom.fields";

  private final Directory directory;
  private final String description;
  private final Analyzer analyzer = Fields.analyzer();
  /** Null for a read-only store. Replaced (with {@link #searchers}) by {@link #recover()}. */
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private final List<ExecutorService> lanes = new ArrayList<>();
  /** Bounds the releases queued on the lanes, so memory stays flat during a bulk ingest. */
  private final Semaphore queued;
  private final AtomicReference<Exception> laneFailure = new AtomicReference<>();
  /** How often a read-only store looks for a newer commit: at most twice a second. */
  private static final long READ_ONLY_REFRESH_NANOS = 500_000_000L;
  private volatile long lastRefresh = System.nanoTime();
  /** Keeps a commit's files while a backup copies them. */
  private volatile SnapshotDeletionPolicy snapshots;

  private LuceneStore(Directory directory, String description, boolean readOnly) throws IOException {
    this.directory = directory;
    this.description = description;
    checkVersion(directory, description);
    if (readOnly) {
      this.writer = null;
      this.searchers = new SearcherManager(directory, new SnapshotSearcher.Factory());
    } else {
      this.writer = newWriter();
      if (!DirectoryReader.indexExists(directory)) {
        writer.setLiveCommitData(versionData().entrySet());
        writer.commit();
      }
      this.searchers = new SearcherManager(writer, new SnapshotSearcher.Factory());
    }
    int threads = readOnly ? 0 : Math.max(1, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < threads; i++) {
      lanes.add(Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "pressroom-index-lane");
        t.setDaemon(true);
        return t;
      }));
    }
    this.queued = new Semaphore(4 * Math.max(1, threads));
  }

  /**
   * Opens (creating if needed) the index in folder {@code dir} for writing and reading. Refuses an
   * index of another version, or one another process writes; a folder it created is removed again
   * when it fails.
   */
  public static LuceneStore open(Path dir) throws IOException {
    boolean created = !Files.exists(dir);
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    try {
      refuseIncompleteCopy(d, dir);
      return new LuceneStore(d, "the index folder '" + dir + "'", false);
    } catch (LockObtainFailedException e) {
      d.close();
      removeIfCreated(dir, created);
      throw new StoreLockedException("the index folder '" + dir + "' is written by another process"
          + ServerMark.describeHolder(dir), e);
    } catch (IOException | RuntimeException e) {
      d.close();
      removeIfCreated(dir, created);
      throw e;
    }
  }

  /**
   * Refuses a folder that holds segment files but no commit point: an interrupted copy or backup.
   * Opening it for writing would start an empty index over the files, and the page would show an
   * archive with nothing in it.
   */
  private static void refuseIncompleteCopy(Directory d, Path dir) throws IOException {
    if (DirectoryReader.indexExists(d)) {
      return;
    }
    for (String f : d.listAll()) {
      if (f.startsWith("_") || f.startsWith(org.apache.lucene.index.IndexFileNames.SEGMENTS)) {
        throw new IOException("the folder '" + dir + "' holds index files but no complete index: an interrupted copy "
            + "or backup? Restore from a backup folder that holds " + BACKUP_COMPLETE + " (see README, 'Backup and restore')");
      }
    }
  }

  /**
   * Opens the index in folder {@code dir} for reading only: no write lock is taken, so a server may
   * be writing it meanwhile; each snapshot shows its latest commit.
   */
  public static LuceneStore openReadOnly(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.io.FileNotFoundException("no index at " + dir + " (run: pressroom ingest corpus --index " + dir + ")");
    }
    Directory d = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(d)) {
        throw new java.io.FileNotFoundException("no index at " + dir + " (run: pressroom ingest corpus --index " + dir + ")");
      }
      return new LuceneStore(d, "the index folder '" + dir + "' (read-only)", true);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * The index in {@code directory} (created if empty), which the store owns and closes. For tests
   * that inject faults (Lucene's {@code MockDirectoryWrapper}) and for other storage.
   */
  public static LuceneStore open(Directory directory) throws IOException {
    return new LuceneStore(directory, "the index in " + directory, false);
  }

  /** An index in memory, for tests and one-off tools. */
  public static LuceneStore inMemory() throws IOException {
    return new LuceneStore(new ByteBuffersDirectory(), "an in-memory index", false);
  }

  private static void removeIfCreated(Path dir, boolean created) {
    if (!created) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().equals("write.lock")) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException ignored) {
      // best effort: what is left is reported by the caller's error
    }
    try {
      Files.deleteIfExists(dir); // only if empty
    } catch (IOException ignored) {
      // not empty: something else lives there
    }
  }

  /** The version of an existing index, from its last commit's data: refuses another version. */
  private static void checkVersion(Directory directory, String description) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String written = data.get(VERSION_KEY);
    if (!String.valueOf(Fields.VERSION).equals(written)) {
      throw new IndexVersionException(description + " was written by " + (written == null ? "an earlier version of Pressroom"
          : "Pressroom with field table " + written) + "; this version reads field table " + Fields.VERSION
          + " and would answer wrongly from it. Rebuild it from the releases' source text with "
          + "`pressroom reindex --index DIR` (see README, 'Upgrading'), or ingest the releases again into a new folder.");
    }
  }

  private static Map<String, String> versionData() {
    return Map.of(VERSION_KEY, String.valueOf(Fields.VERSION));
  }

  private IndexWriter newWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setIndexSort(new Sort(new SortField(RELEASE, SortField.Type.STRING), new SortField(POSITION, SortField.Type.LONG)));
    // commitExpunged() merges away every deleted paragraph, not only those of segments 10% deleted or more.
    ((TieredMergePolicy) config.getMergePolicy()).setForceMergeDeletesPctAllowed(0);
    snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
    config.setIndexDeletionPolicy(snapshots);
    return new IndexWriter(directory, config);
  }

  private IndexWriter writer() throws IOException {
    IndexWriter w = writer;
    if (w == null) {
      throw new IOException(description + " is open for reading only");
    }
    return w;
  }

  // ------------------------------------------------------------------------------------ writes

  @Override
  public void write(ParsedRelease release) throws IOException {
    writer();
    throwIfLaneFailed();
    reopenIfClosed();
    queued.acquireUninterruptibly();
    lanes.get(Math.floorMod(release.release().id().hashCode(), lanes.size())).execute(() -> {
      try {
        List<Document> docs = new ArrayList<>(release.paragraphs().size());
        for (Paragraph p : release.paragraphs()) {
          docs.add(LuceneDocuments.toDocument(p));
        }
        if (release.source() != null && !docs.isEmpty()) {
          LuceneDocuments.addSource(docs.get(0), ReleaseSourceCodec.encode(release.source()));
        }
        writer.updateDocuments(new Term(RELEASE, release.release().id()), docs);
      } catch (Exception e) {
        laneFailure.compareAndSet(null, e);
      } finally {
        queued.release();
      }
    });
  }

  @Override
  public void rewrite(List<Paragraph> paragraphs) throws IOException {
    drainLanes();
    reopenIfClosed();
    IndexWriter w = writer();
    for (Paragraph p : paragraphs) {
      Document d = LuceneDocuments.toDocument(p);
      byte[] source = storedSource(p.id());
      if (source != null) {
        LuceneDocuments.addSource(d, source); // the release's first paragraph keeps what it was parsed from
      }
      w.updateDocument(new Term(ID, p.id()), d);
    }
  }

  /** The release source stored with paragraph {@code id} in the last commit, or null. */
  private byte[] storedSource(String id) throws IOException {
    org.apache.lucene.search.IndexSearcher s = searchers.acquire();
    try {
      return LuceneDocuments.source(s.getIndexReader(), new Term(ID, id));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Holds the write lock of the index in folder {@code dir}, so that nothing else writes it until
   * the returned handle is closed; StoreLockedException, naming the holder, when a server or
   * another command has it.
   */
  public static java.io.Closeable lockFolder(Path dir) throws IOException {
    Directory d = FSDirectory.open(dir);
    try {
      org.apache.lucene.store.Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME);
      return () -> {
        try {
          lock.close();
        } finally {
          d.close();
        }
      };
    } catch (LockObtainFailedException e) {
      d.close();
      throw new StoreLockedException("the index folder '" + dir + "' is written by another process"
          + ServerMark.describeHolder(dir), e);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * Hands every release source kept in the index in folder {@code dir} to {@code sink}, whatever
   * version of Pressroom wrote it (the one thing every version keeps the same), and returns how
   * many releases had none; a null sink only counts those. Opens no writer: what {@code reindex}
   * reads.
   */
  public static long readSources(Path dir, Consumer<ReleaseSource> sink) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        throw new IOException("the folder '" + dir + "' holds no index");
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        return LuceneDocuments.sources(reader, sink);
      }
    }
  }

  @Override
  public void delete(String releaseId) throws IOException {
    drainLanes();
    reopenIfClosed();
    writer().deleteDocuments(new Term(RELEASE, releaseId));
  }

  @Override
  public void commit() throws IOException {
    drainLanes();
    IndexWriter w = writer();
    w.setLiveCommitData(versionData().entrySet());
    w.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Commits with no deleted document left: the old versions of replaced paragraphs still count in
   * the term statistics until merged away, and BM25 scores would depend on when merges happened, not
   * on the paragraphs there are. Merges only the segments that hold deleted documents.
   */
  @Override
  public void commitExpunged() throws IOException {
    drainLanes();
    IndexWriter w = writer();
    if (!w.hasDeletions() && !w.hasUncommittedChanges()) {
      return;
    }
    expungeDeletes(w);
    commit();
  }

  /**
   * Merges until no segment holds a deleted document (the merge policy allows none to stay). A
   * merge that was running when they were deleted carries them over, so it is waited for and the
   * deleted ones merged again.
   */
  private static void expungeDeletes(IndexWriter w) throws IOException {
    for (int round = 0; round < 3 && w.hasDeletions(); round++) {
      if (round > 0 && w.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
        merges.sync();
      }
      w.forceMergeDeletes(true);
    }
  }

  /**
   * Merges the index into one segment when the bulk write that just ended wrote at least a quarter
   * of its paragraphs: a search visits each segment for each of its terms, so one segment answers
   * fastest (on 100,000 paragraphs, a third less time than twelve), and a quarter keeps a small
   * addition to a large index from rewriting all of it (the merge policy tends those).
   */
  @Override
  public void settle(long written) throws IOException {
    drainLanes();
    IndexWriter w = writer();
    int docs = w.getDocStats().numDocs;
    if (written * 4 < docs) {
      return;
    }
    try (DirectoryReader r = DirectoryReader.open(w)) {
      if (r.leaves().size() <= 1) {
        return;
      }
    }
    w.forceMerge(1);
    w.setLiveCommitData(versionData().entrySet());
    w.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Copies the last commit into {@code target} (a new or empty folder) while searches and writes
   * go on: the commit's files are kept from deletion until the copy is done. The segment files go
   * first; the commit point ({@code segments_N}) appears last, by an atomic rename once everything
   * is on disk, so a folder either holds the whole commit or no index at all (and is refused as one).
   * {@link #BACKUP_COMPLETE}, written after it, lists the files. Returns the files copied.
   */
  @Override
  public List<String> backup(Path target) throws IOException {
    IndexWriter w = writer();
    SnapshotDeletionPolicy policy = snapshots;
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      throw new java.nio.file.FileAlreadyExistsException(null, null,
          "the backup folder '" + target + "' is not empty; give a new or empty folder");
    }
    Files.createDirectories(target);
    IndexCommit commit = policy.snapshot();
    try {
      List<String> files = new ArrayList<>(commit.getFileNames());
      String commitPoint = commit.getSegmentsFileName();
      files.remove(commitPoint);
      files.add(commitPoint);
      files.remove(commitPoint);
      String pendingPoint = "pending_" + commitPoint;
      try (FSDirectory out = FSDirectory.open(target)) {
        for (String f : files) {
          out.copyFrom(directory, f, f, org.apache.lucene.store.IOContext.READONCE);
        }
        // The commit point last, under a name no reader opens, made visible in one atomic step once
        // everything it names is on disk: as Lucene commits.
        out.copyFrom(directory, commitPoint, pendingPoint, org.apache.lucene.store.IOContext.READONCE);
        out.sync(files);
        out.sync(List.of(pendingPoint));
        out.rename(pendingPoint, commitPoint);
        out.syncMetaData();
      }
      files.add(commitPoint);
      Path pending = target.resolve(BACKUP_COMPLETE + ".pending");
      Files.writeString(pending, "generation " + commit.getGeneration() + "\n"
          + "fields " + Fields.VERSION + "\n" + String.join("\n", files) + "\n");
      try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(pending, java.nio.file.StandardOpenOption.WRITE)) {
        c.force(true);
      }
      Files.move(pending, target.resolve(BACKUP_COMPLETE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return files;
    } finally {
      policy.release(commit);
      w.deleteUnusedFiles();
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Written last into a backup folder: without it the copy was interrupted and must not be restored. */
  public static final String BACKUP_COMPLETE = "BACKUP-COMPLETE";

  /** Waits until every release handed to the lanes is written; throws the first lane failure. */
  private void drainLanes() throws IOException {
    List<Future<?>> markers = new ArrayList<>(lanes.size());
    lanes.forEach(lane -> markers.add(lane.submit(() -> {})));
    for (Future<?> m : markers) {
      try {
        m.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for the index lanes");
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
    }
    throwIfLaneFailed();
  }

  private void throwIfLaneFailed() throws IOException {
    Exception e = laneFailure.get();
    if (e != null) {
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /**
   * Rolls the writer back to the last commit, dropping whatever the failed write buffered, and
   * opens a new one; searches move to it.
   */
  @Override
  public String recover() throws IOException {
    try {
      drainLanes();
    } catch (IOException ignored) {
      // the failure being recovered from
    }
    laneFailure.set(null);
    writer();
    boolean died = !writer.isOpen();
    if (!died) {
      try {
        writer.rollback();
      } catch (IOException | RuntimeException e) {
        // the writer is closed either way; a new one is opened below
      }
    }
    reopenIfClosed();
    return died ? "the index was rolled back to its last commit and takes writes again" : null;
  }

  /**
   * After an I/O error Lucene closes the writer for good (a "tragic" exception), and every later
   * write would fail until a restart. Instead a new writer is opened on the last commit, and
   * searches move to it: everything committed stays.
   */
  private void reopenIfClosed() throws IOException {
    if (writer == null || writer.isOpen()) {
      return;
    }
    IndexWriter fresh = null;
    // A merge thread that hit the error may still be rolling the old writer back, lock held.
    for (int attempt = 0; fresh == null; attempt++) {
      try {
        fresh = newWriter();
      } catch (LockObtainFailedException e) {
        if (attempt >= 20) {
          throw cannotReopen(e);
        }
        sleep(100);
      } catch (IOException | RuntimeException e) {
        throw cannotReopen(e);
      }
    }
    SearcherManager old = searchers;
    searchers = new SearcherManager(fresh, new SnapshotSearcher.Factory());
    writer = fresh;
    old.close(); // searches holding its snapshot finish on it; release() works on either manager
  }

  private static IOException cannotReopen(Exception e) {
    return new IOException("the index writer stopped and could not be reopened (" + e.getMessage()
        + "): searches serve the last commit, writes fail until the storage is fixed", e);
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reopening the index writer");
    }
  }

  // ------------------------------------------------------------------------------------- reads

  @Override
  public Snapshot snapshot() throws IOException {
    SearcherManager manager = searchers;
    if (writer == null) {
      long now = System.nanoTime();
      if (now - lastRefresh > READ_ONLY_REFRESH_NANOS) { // a read-only store follows the writer's commits
        lastRefresh = now;
        manager.maybeRefresh();
      }
    }
    SnapshotSearcher s = (SnapshotSearcher) manager.acquire();
    return new Snapshot() {
      @Override
      public StoredPage search(SearchPlan plan) throws IOException {
        return PlanExecutor.search(s, plan);
      }

      @Override
      public void scan(List<Filter> filters, Consumer<Paragraph> sink) throws IOException {
        PlanExecutor.scan(s, filters, sink);
      }

      @Override
      public long version() {
        return ((DirectoryReader) s.getIndexReader()).getVersion();
      }

      @Override
      public void close() throws IOException {
        manager.release(s);
      }
    };
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() throws IOException {
    try {
      try {
        drainLanes();
      } finally {
        lanes.forEach(ExecutorService::shutdownNow);
      }
      searchers.close();
      if (writer != null && writer.isOpen()) {
        writer.setLiveCommitData(versionData().entrySet());
        writer.commit();
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
      directory.close();
    }
  }
}
