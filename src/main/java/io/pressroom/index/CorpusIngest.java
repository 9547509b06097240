package io.pressroom.index;

import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.search.SearchService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Ingests press-release files and folders into a {@link LuceneSearchService}: parses each file,
 * reports the ones that cannot be read (and goes on with the rest), and commits in batches so a
 * crash loses at most the batch in flight, never a committed release.
 */
public final class CorpusIngest {
  /** Releases per commit. */
  static final int BATCH = 200;

  private CorpusIngest() {}

  /** A file that could not be ingested, and why. */
  public record FileError(Path file, String message) {}

  /** What an ingest did. */
  public record Summary(int files, int releases, long paragraphs, List<FileError> errors, long millis) {
    public Summary {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Ingests {@code paths} into any {@link SearchService}: the embedded index on every core (see
   * below), another backend in batches of {@link #BATCH} releases through {@link
   * SearchService#putAll}, which retries and links each batch.
   */
  public static Summary ingestPaths(SearchService service, List<Path> paths, Consumer<String> progress)
      throws IOException {
    if (service instanceof LuceneSearchService index) {
      return ingestPaths(index, paths, progress);
    }
    long start = System.nanoTime();
    Tally tally = new Tally(progress);
    List<ParsedRelease> batch = new ArrayList<>();
    try {
      DirectoryIngest.forEach(paths, ReleaseParser.standard(), result -> {
        ParsedRelease r = tally.accept(result);
        if (r != null) {
          batch.add(r);
          if (batch.size() >= BATCH) {
            putAll(service, batch);
          }
        }
      });
      putAll(service, batch);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return tally.summary(start);
  }

  private static void putAll(SearchService service, List<ParsedRelease> batch) {
    try {
      if (!batch.isEmpty()) {
        service.putAll(List.copyOf(batch));
      }
      batch.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingests {@code paths} (files, or folders walked for release files) using every core. */
  public static Summary ingestPaths(LuceneSearchService index, List<Path> paths, Consumer<String> progress)
      throws IOException {
    return ingestPaths(index, paths, Runtime.getRuntime().availableProcessors(), progress);
  }

  /**
   * Ingests {@code paths} with {@code threads} threads analysing and indexing while the calling
   * thread parses the next files (IndexWriter is thread-safe and gives each thread its own segment
   * buffer). A bounded queue keeps the parser at most a few releases ahead, so memory stays flat;
   * a commit every {@link #BATCH} releases bounds what a crash can lose.
   */
  public static Summary ingestPaths(LuceneSearchService index, List<Path> paths, int threads, Consumer<String> progress)
      throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally(progress);
    // One single-threaded lane per thread, chosen by release id: two files with the same release id
    // are still added in the order they were read, so the later one wins as before.
    List<ExecutorService> lanes = new ArrayList<>();
    for (int i = 0; i < Math.max(1, threads); i++) {
      lanes.add(Executors.newSingleThreadExecutor(daemonThreads()));
    }
    Semaphore inFlight = new Semaphore(4 * Math.max(1, threads));
    AtomicReference<IOException> failure = new AtomicReference<>();
    ExecutorService committer = Executors.newSingleThreadExecutor(daemonThreads());
    List<ParsedRelease> batch = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Future<Void>[] lastCommit = new Future[1];
    try {
      DirectoryIngest.forEach(paths, ReleaseParser.standard(), result -> {
        ParsedRelease r = tally.accept(result);
        if (r == null) {
          return;
        }
        throwIfFailed(failure);
        inFlight.acquireUninterruptibly();
        lanes.get(Math.floorMod(r.release().id().hashCode(), lanes.size())).execute(() -> {
          try {
            index.add(r);
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException e) {
            failure.compareAndSet(null, new IOException(e));
          } finally {
            inFlight.release();
          }
        });
        batch.add(r);
        if (batch.size() >= BATCH) {
          // Commit (flush, fsync, reopen) and link on their own thread so parsing goes on meanwhile;
          // a batch's commit waits for the previous one, so at most two batches are ever uncommitted.
          await(lastCommit[0]);
          lastCommit[0] = commitAndLink(index, lanes, committer, List.copyOf(batch));
          batch.clear();
        }
      });
      await(lastCommit[0]);
      await(commitAndLink(index, lanes, committer, List.copyOf(batch)));
      throwIfFailed(failure);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      lanes.forEach(ExecutorService::shutdownNow);
      committer.shutdownNow();
    }
    return tally.summary(start);
  }

  /** Counts files, releases and paragraphs, keeps the errors, and reports each file. */
  private static final class Tally {
    private final Consumer<String> progress;
    private final List<FileError> errors = new ArrayList<>();
    private int files;
    private int releases;
    private long paragraphs;

    Tally(Consumer<String> progress) {
      this.progress = progress;
    }

    /** The file's release, or null (counted as an error) if it could not be read. */
    ParsedRelease accept(DirectoryIngest.FileResult result) {
      files++;
      if (!result.ok()) {
        errors.add(new FileError(result.file(), result.error().getMessage()));
        progress.accept(String.format(Locale.ROOT, "[%d] skipped %s", files, result.error().getMessage()));
        return null;
      }
      ParsedRelease r = result.release();
      releases++;
      paragraphs += r.paragraphs().size();
      progress.accept(String.format(Locale.ROOT, "[%d] %s: %d paragraphs", files, result.file(), r.paragraphs().size()));
      return r;
    }

    Summary summary(long startNanos) {
      return new Summary(files, releases, paragraphs, errors, (System.nanoTime() - startNanos) / 1_000_000);
    }
  }

  private static void throwIfFailed(AtomicReference<IOException> failure) {
    if (failure.get() != null) {
      throw new UncheckedIOException(failure.get());
    }
  }

  /**
   * Once every release handed to the lanes so far is added, commits, then links the batch (as
   * {@link LuceneSearchService#putAll} does): a marker queued behind each lane's adds says when.
   */
  private static Future<Void> commitAndLink(LuceneSearchService index, List<ExecutorService> lanes,
      ExecutorService committer, List<ParsedRelease> batch) {
    List<Future<?>> markers = new ArrayList<>();
    lanes.forEach(lane -> markers.add(lane.submit(() -> {})));
    return committer.submit(() -> {
      for (Future<?> m : markers) {
        m.get();
      }
      index.commit();
      index.link(batch);
      return null;
    });
  }

  private static void await(Future<Void> commit) {
    if (commit == null) {
      return;
    }
    try {
      commit.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while committing"));
    } catch (ExecutionException e) {
      throw e.getCause() instanceof UncheckedIOException u ? u : new UncheckedIOException(new IOException(e.getCause()));
    }
  }

  private static ThreadFactory daemonThreads() {
    return task -> {
      Thread t = new Thread(task, "pressroom-ingest");
      t.setDaemon(true);
      return t;
    };
  }
}
