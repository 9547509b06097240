package io.pressroom.cli;

import io.pressroom.index.LuceneSearchService;
import io.pressroom.json.PressroomJson;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pressroom export [--index DIR]}: every paragraph as NDJSON, the same JSON as parse. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Print every indexed paragraph as one JSON object per line, in document order.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) {
      Console.err().println("error: no index at " + index + " (run: pressroom ingest corpus --index " + index + ")");
      return 2;
    }
    PrintStream out = Console.out();
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      service.forEachParagraph(p -> out.println(PressroomJson.paragraph(p)));
    }
    out.flush();
    return 0;
  }
}
