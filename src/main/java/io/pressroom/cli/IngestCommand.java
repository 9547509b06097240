package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
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

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    try (Archive service = backend.open(Glossary.standard())) {
      CorpusIngest.Summary s = ingest(service, paths, quiet ? IngestProgress.Mode.none : progress, out);
      s.errors().forEach(e -> err.println(Main.ERROR + e.message()));
      out.printf(Locale.ROOT, "ingested %d of %d files: %d releases, %d paragraphs in %d ms; %s now holds %d paragraphs%n",
          s.releases(), s.files(), s.releases(), s.paragraphs(), s.millis(), service.describe(), service.paragraphCount());
      return s.errors().isEmpty() ? 0 : 1;
    }
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
