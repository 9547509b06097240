package io.pressroom.cli;

import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.DirectoryIngest.FileResult;
import io.pressroom.json.PressroomJson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pressroom parse FILE…}: shows what ingestion makes of releases, one JSON object per
 * paragraph (NDJSON, UTF-8), without indexing them. Bad files are reported on stderr and make the
 * exit status 1; the others are still printed.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse press releases (text or HTML) and print their paragraphs as NDJSON.")
public final class ParseCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Release files, or folders of them.")
  private List<Path> files;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    int failed = 0;
    for (FileResult result : DirectoryIngest.readAll(files)) {
      if (!result.ok()) {
        failed++;
        err.println(Main.ERROR + result.error().getMessage());
        continue;
      }
      for (Paragraph p : result.release().paragraphs()) {
        out.println(PressroomJson.MAPPER.writeValueAsString(PressroomJson.paragraph(p)));
      }
      out.flush();
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
