package io.pressroom.core;

import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.model.ParsedRelease;
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

  /** Ingests {@code paths} (files, or folders walked for release files), reporting each file to {@code progress}. */
  public static Summary ingestPaths(Archive archive, List<Path> paths, Consumer<String> progress) throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally(progress);
    return archive.bulk(bulk -> {
      List<ParsedRelease> batch = new ArrayList<>();
      try {
        DirectoryIngest.forEach(paths, ReleaseParser.standard(), result -> {
          ParsedRelease r = tally.accept(result);
          if (r == null) {
            return;
          }
          try {
            bulk.write(r);
            batch.add(r);
            if (batch.size() >= BATCH) {
              bulk.commitAndLink(List.copyOf(batch));
              batch.clear();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        bulk.commitAndLink(List.copyOf(batch));
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
