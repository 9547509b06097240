package io.pressroom.cli;

import io.pressroom.model.Release;
import io.pressroom.core.CorpusIngest;
import io.pressroom.search.Glossary;
import io.pressroom.core.Archive;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pressroom ingest PATH… [--index DIR]}: parses releases and adds them to the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Parse press releases (files or folders) and add them to the index; "
        + "a release ingested again replaces its earlier version.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Release files (.txt, .html) or folders of them.")
  List<Path> paths;

  @Mixin
  BackendOptions backend;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary and errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    try (Archive service = backend.open(Glossary.standard())) {
      CorpusIngest.Summary s = CorpusIngest.ingestPaths(service, paths, line -> {
        if (!quiet) {
          out.println(line);
        }
      });
      s.errors().forEach(e -> err.println("error: " + e.message()));
      out.printf("ingested %d of %d files: %d releases, %d paragraphs in %d ms; %s now holds %d paragraphs%n",
          s.releases(), s.files(), s.releases(), s.paragraphs(), s.millis(), service.describe(), service.paragraphCount());
      return s.errors().isEmpty() ? 0 : 1;
    }
  }
}
