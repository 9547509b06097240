package io.pressroom.index;

import io.pressroom.ingest.IngestException;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.ingest.ReleaseParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingests press-release files and folders into a {@link LuceneSearchService}: parses each file,
 * reports the ones that cannot be read (and goes on with the rest), and commits in batches so a
 * crash loses at most the batch in flight, never a committed release.
 */
public final class CorpusIngest {
  /** File endings taken from a folder; a file named on the command line is read whatever its name. */
  static final Set<String> RELEASE_ENDINGS = Set.of(".txt", ".text", ".html", ".htm", ".xhtml");
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

  /** Ingests {@code paths} (files or folders, folders walked for release files). */
  public static Summary ingestPaths(LuceneSearchService index, List<Path> paths, Consumer<String> progress)
      throws IOException {
    long start = System.nanoTime();
    ReleaseParser parser = ReleaseParser.standard();
    List<FileError> errors = new ArrayList<>();
    List<Path> files = releaseFiles(paths, errors);
    List<ParsedRelease> batch = new ArrayList<>();
    int releases = 0;
    long paragraphs = 0;
    int done = 0;
    for (Path file : files) {
      done++;
      try {
        ParsedRelease r = parser.parseFile(file);
        batch.add(r);
        releases++;
        paragraphs += r.paragraphs().size();
        progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %d paragraphs", done, files.size(), file, r.paragraphs().size()));
      } catch (IngestException e) {
        errors.add(new FileError(file, e.getMessage()));
        progress.accept(String.format(Locale.ROOT, "[%d/%d] skipped %s", done, files.size(), e.getMessage()));
      }
      if (batch.size() >= BATCH) {
        index.putAll(batch);
        batch.clear();
      }
    }
    index.putAll(batch);
    return new Summary(files.size(), releases, paragraphs, errors, (System.nanoTime() - start) / 1_000_000);
  }

  /** The files to read: named files as they are, folders walked (sorted) for release endings. */
  static List<Path> releaseFiles(List<Path> paths, List<FileError> errors) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(CorpusIngest::hasReleaseEnding).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          errors.add(new FileError(p, p + ": cannot list folder: " + e.getMessage()));
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        errors.add(new FileError(p, p + ": no such file or folder"));
      }
    }
    return files;
  }

  private static boolean hasReleaseEnding(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && RELEASE_ENDINGS.stream().anyMatch(name::endsWith);
  }
}
