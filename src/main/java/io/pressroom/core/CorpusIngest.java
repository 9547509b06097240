package io.pressroom.core;

import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.IngestException;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.ReleaseSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Ingests press-release files and folders into an {@link Archive}: parses each file, reports the
 * ones that cannot be read (and goes on with the rest), and commits in batches of {@link #BATCH}
 * releases, so a crash loses at most the batch in flight, never a committed release.
 */
public final class CorpusIngest {
  /** Most releases per commit. */
  static final int BATCH = 200;
  /** Most paragraphs per commit: a commit flushes segments, and linking reads the commit. */
  static final int BATCH_PARAGRAPHS = 20_000;
  /** Files parsed (and enriched) at once: one a core; the index lanes take their turns between. */
  static final int PARSE_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private CorpusIngest() {}

  /** A file that could not be ingested, and why. */
  public record FileError(Path file, String message) {}

  /** What an ingest did. */
  public record Summary(int files, int releases, long paragraphs, List<FileError> errors, long millis) {
    public Summary {
      errors = List.copyOf(errors);
    }
  }

  /** Ingests {@code paths} (files, or folders walked for release files), reporting each file to {@code progress}. */
  public static Summary ingestPaths(Archive archive, List<Path> paths, Consumer<String> progress) throws IOException {
    return ingest(archive, sink -> DirectoryIngest.forEach(paths, ReleaseParser.standard(), PARSE_THREADS, archive::enriched, sink), progress);
  }

  /** Where a bulk ingest's releases come from: hands each file's outcome to the sink, in order. */
  @FunctionalInterface
  public interface Releases {
    void forEach(Consumer<DirectoryIngest.FileResult> sink) throws IOException;
  }

  /**
   * Rebuilds releases from the sources an index kept ({@code reindex}): each is parsed again by
   * the current parser, under its id, and written as a bulk ingest writes files.
   */
  public static Summary ingestSources(Archive archive, SourceWalk sources, Consumer<String> progress) throws IOException {
    ReleaseParser parser = ReleaseParser.standard();
    return ingest(archive, sink -> sources.forEach(source -> {
      Path file = Path.of(source.file() == null ? source.releaseId() : source.file());
      try {
        sink.accept(new DirectoryIngest.FileResult(file, archive.enriched(parser.reparse(source)), null));
      } catch (IngestException e) {
        sink.accept(new DirectoryIngest.FileResult(file, null, e));
      }
    }), progress);
  }

  /** Hands each kept release source to a sink. */
  @FunctionalInterface
  public interface SourceWalk {
    void forEach(Consumer<ReleaseSource> sink) throws IOException;
  }

  /** Writes what {@code releases} gives (enriched already), committing and linking a batch at a time. */
  private static Summary ingest(Archive archive, Releases releases, Consumer<String> progress) throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally(progress);
    return archive.bulk(bulk -> {
      List<ParsedRelease> batch = new ArrayList<>();
      long[] batchParagraphs = {0};
      try {
        releases.forEach(result -> {
          ParsedRelease r = tally.accept(result);
          if (r == null) {
            return;
          }
          try {
            bulk.writeEnriched(r);
            batch.add(r);
            batchParagraphs[0] += r.paragraphs().size();
            if (batch.size() >= BATCH || batchParagraphs[0] >= BATCH_PARAGRAPHS) {
              bulk.commitAndLink(List.copyOf(batch));
              batch.clear();
              batchParagraphs[0] = 0;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        bulk.commitAndLink(List.copyOf(batch));
        bulk.settle(tally.paragraphs);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return tally.summary(start);
    });
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
}
