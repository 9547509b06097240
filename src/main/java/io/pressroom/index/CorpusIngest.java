package io.pressroom.index;

import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.ingest.ReleaseParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** Ingests {@code paths} (files, or folders walked for release files). */
  public static Summary ingestPaths(LuceneSearchService index, List<Path> paths, Consumer<String> progress)
      throws IOException {
    long start = System.nanoTime();
    List<FileError> errors = new ArrayList<>();
    List<ParsedRelease> batch = new ArrayList<>();
    int[] counts = new int[2]; // files, releases
    long[] paragraphs = {0};
    try {
      DirectoryIngest.forEach(paths, ReleaseParser.standard(), result -> {
        counts[0]++;
        if (!result.ok()) {
          errors.add(new FileError(result.file(), result.error().getMessage()));
          progress.accept(String.format(Locale.ROOT, "[%d] skipped %s", counts[0], result.error().getMessage()));
          return;
        }
        ParsedRelease r = result.release();
        counts[1]++;
        paragraphs[0] += r.paragraphs().size();
        progress.accept(String.format(Locale.ROOT, "[%d] %s: %d paragraphs", counts[0], result.file(), r.paragraphs().size()));
        batch.add(r);
        if (batch.size() >= BATCH) {
          putAll(index, batch);
        }
      });
      putAll(index, batch);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Summary(counts[0], counts[1], paragraphs[0], errors, (System.nanoTime() - start) / 1_000_000);
  }

  private static void putAll(LuceneSearchService index, List<ParsedRelease> batch) {
    try {
      index.putAll(batch);
      batch.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
