package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.json.HitExport;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.Glossary;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.Searcher;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pressroom export [QUERY] [filters] [--format ndjson|csv]}: every indexed paragraph, or every
 * hit of a search, as NDJSON (the JSON of parse, plus the score of a search) or CSV (the columns of
 * {@code GET /api/search.csv}), from either backend.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Print every indexed paragraph in document order, or with a query or filters every hit of that "
        + "search in its order, as NDJSON (one JSON object per line) or CSV.")
final class ExportCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words; without them (and without filters) every paragraph.")
  List<String> query = List.of();

  @Mixin
  SearchFilters filters;

  @Option(names = "--format", defaultValue = "ndjson", paramLabel = "FORMAT", description = "ndjson or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--sort", defaultValue = "relevance", description = "Order of a search's hits: relevance, date or position.")
  String sort;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N hits (default: all).")
  Long max;

  @Mixin
  BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    HitExport.Format f;
    try {
      f = HitExport.Format.fromId(format);
    } catch (IllegalArgumentException e) {
      return Main.fail("--" + e.getMessage(), 2);
    }
    if (max != null && max < 1) {
      return Main.fail("--max must be at least 1, got " + max, 2);
    }
    if (backend.missingIndex()) {
      return Main.fail(Main.noIndex(backend.index), 2);
    }
    String q = String.join(" ", query);
    boolean everything = q.isBlank() && !filters.any();
    SearchRequest request = everything ? null
        : filters.request(q).sort(SearchRequest.Sort.fromId(sort)).highlight(false).facets(false).build();
    PrintStream console = Console.out();
    OutputStream out = new BufferedOutputStream(System.out, 64 * 1024);
    try (Archive archive = backend.openReadOnly(Glossary.standard())) {
      if (everything && f == HitExport.Format.NDJSON && max == null) {
        // The same lines as parse prints: every paragraph, in document order.
        archive.forEachParagraph(p -> console.println(PressroomJson.paragraph(p)));
        console.flush();
        return 0;
      }
      long limit = max == null ? Long.MAX_VALUE : max;
      try (HitExport writer = HitExport.to(f, out)) {
        if (everything) {
          long[] n = {0};
          archive.forEachParagraph(p -> {
            if (n[0]++ < limit) {
              writer.write(new Searcher.Exported(p, null));
            }
          });
        } else {
          archive.export(request, limit, writer::write);
        }
      }
    }
    out.flush();
    return 0;
  }
}
