package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.search.Glossary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pressroom ingest PATH… [--index DIR]}: parses releases and adds them to the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Parse press releases (files or folders) and add them to the index; "
        + "a release ingested again replaces its earlier version. On a terminal a progress line shows "
        + "files, paragraphs per second, time elapsed and time left; elsewhere each file gets a line.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Release files (.txt, .html) or folders of them.")
  List<Path> paths;

  @Mixin
  BackendOptions backend;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary and errors.")
  boolean quiet;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
      description = "auto (a progress line on a terminal, a line per file elsewhere), line, files or none (default: ${DEFAULT-VALUE}).")
  IngestProgress.Mode progress;

  @Option(names = "--server", paramLabel = "URL",
      description = "Post the releases to the running server that holds the index (with PRESSROOM_ADMIN_TOKEN set), "
          + "each under the id a local ingest gives it, instead of writing the index folder.")
  String server;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    if (server != null) {
      return throughServer(out, err);
    }
    try (Archive service = backend.open(Glossary.standard())) {
      CorpusIngest.Summary s = ingest(service, paths, quiet ? IngestProgress.Mode.none : progress, out);
      s.errors().forEach(e -> err.println(Main.ERROR + e.message()));
      out.printf(Locale.ROOT, "ingested %d of %d files: %d releases, %d paragraphs in %d ms; %s now holds %d paragraphs%n",
          s.releases(), s.files(), s.releases(), s.paragraphs(), s.millis(), service.describe(), service.paragraphCount());
      return s.errors().isEmpty() ? 0 : 1;
    }
  }

  /**
   * Posts each release file to the server, in the order and under the ids a local ingest uses; a
   * file the server refuses is reported and skipped, a server that stops answering ends the run.
   */
  private int throughServer(PrintStream out, PrintStream err) throws java.io.IOException {
    ServerClient client = ServerClient.fromEnvironment(server);
    long start = System.nanoTime();
    List<String> errors = new java.util.ArrayList<>();
    List<DirectoryIngest.ReleaseFile> files = DirectoryIngest.releaseFiles(paths, r -> errors.add(r.error().getMessage()));
    IngestProgress shown = IngestProgress.of(quiet ? IngestProgress.Mode.none : progress, paths, out);
    int posted = 0;
    long paragraphs = 0;
    try {
      int n = 0;
      for (DirectoryIngest.ReleaseFile f : files) {
        n++;
        String report;
        try {
          byte[] body = java.nio.file.Files.readAllBytes(f.file());
          Path name = f.file().getFileName();
          com.fasterxml.jackson.databind.JsonNode answer =
              client.postRelease(body, name == null ? f.id() : name.toString(), f.id(), f.html());
          posted++;
          paragraphs += answer.path("paragraphs").asLong();
          report = String.format(Locale.ROOT, "[%d] %s: %d paragraphs", n, f.file(), answer.path("paragraphs").asLong());
        } catch (ServerClient.Refused | java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
          errors.add(f.file() + ": " + e.getMessage());
          report = String.format(Locale.ROOT, "[%d] skipped %s: %s", n, f.file(), e.getMessage());
        }
        if (shown != null) {
          shown.accept(report);
        }
      }
    } finally {
      if (shown != null) {
        shown.finish();
      }
    }
    errors.forEach(e -> err.println(Main.ERROR + e));
    out.printf(Locale.ROOT, "posted %d of %d files to the server at %s: %d releases, %d paragraphs in %d ms%n",
        posted, files.size(), server, posted, paragraphs, (System.nanoTime() - start) / 1_000_000);
    return errors.isEmpty() ? 0 : 1;
  }

  /** Ingests {@code paths}, showing progress as {@code mode} says. */
  static CorpusIngest.Summary ingest(Archive service, List<Path> paths, IngestProgress.Mode mode, PrintStream out)
      throws java.io.IOException {
    IngestProgress progress = IngestProgress.of(mode, paths, out);
    try {
      return CorpusIngest.ingestPaths(service, paths, progress == null ? line -> {} : progress);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
  }
}
