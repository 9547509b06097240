package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.store.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pressroom reindex}: rebuilds an index written by an earlier version of Pressroom from the
 * release sources it keeps, so that an upgrade never serves answers from a stale field table.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the index from the release sources it keeps, with this version's parser and analysis "
        + "(after an upgrade: `serve` refuses an index of an earlier version). The old index is kept beside it.")
final class ReindexCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "The index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--drop-unparsable", description = "Rebuild even if this version's parser refuses some releases (they are listed and left out).")
  boolean dropUnparsable;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    Path dir = index.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IOException("the index folder '" + index + "' does not exist");
    }
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path fresh = dir.resolveSibling(dir.getFileName() + ".reindex-" + stamp);
    Path kept = dir.resolveSibling(dir.getFileName() + ".before-reindex-" + stamp);
    CorpusIngest.Summary summary;
    try (Closeable lock = LuceneStore.lockFolder(dir)) {
      long missing = LuceneStore.readSources(dir, null);
      if (missing > 0) {
        throw new IOException(missing + " release(s) in '" + index + "' were written before Pressroom kept each "
            + "release's source (field table 7), so reindex cannot rebuild them; ingest the original files into a "
            + "new folder instead (pressroom ingest FILES --index NEW_DIR)");
      }
      try {
        try (Archive archive = Archive.open(LuceneStore.open(fresh))) {
          summary = CorpusIngest.ingestSources(archive, sink -> LuceneStore.readSources(dir, sink),
              line -> { });
        }
      } catch (IOException | RuntimeException e) {
        deleteTree(fresh);
        throw e;
      }
      if (!summary.errors().isEmpty() && !dropUnparsable) {
        deleteTree(fresh);
        for (CorpusIngest.FileError e : summary.errors()) {
          out.printf("  cannot parse again: %s: %s%n", e.file(), e.message());
        }
        throw new IOException(summary.errors().size() + " release(s) could not be parsed again (listed above); the index '"
            + index + "' is unchanged. Run again with --drop-unparsable to rebuild without them");
      }
      Files.move(dir, kept);
      Files.move(fresh, dir);
    }
    out.printf("reindexed %d releases (%d paragraphs) into '%s' with field table %d in %.1f s; the old index is kept in '%s' (delete it when satisfied)%n",
        summary.releases(), summary.paragraphs(), index, Fields.VERSION, summary.millis() / 1000.0, kept);
    for (CorpusIngest.FileError e : summary.errors()) {
      out.printf("  left out: %s: %s%n", e.file(), e.message());
    }
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
