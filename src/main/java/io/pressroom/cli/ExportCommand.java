package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.Glossary;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pressroom export}: every paragraph as NDJSON, the same JSON as parse, from either backend. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Print every indexed paragraph as one JSON object per line, in document order.")
final class ExportCommand implements Callable<Integer> {
  @Mixin
  BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    if (backend.missingIndex()) {
      Console.err().println("error: no index at " + backend.index + " (run: pressroom ingest corpus --index " + backend.index + ")");
      return 2;
    }
    PrintStream out = Console.out();
    try (Archive archive = backend.openReadOnly(Glossary.standard())) {
      archive.forEachParagraph(p -> out.println(PressroomJson.paragraph(p)));
    }
    out.flush();
    return 0;
  }
}
