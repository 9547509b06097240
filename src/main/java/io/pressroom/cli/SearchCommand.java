package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.json.PressroomJson;
import io.pressroom.model.Release;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.store.Fields;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pressroom search QUERY [filters] [--json]}: searches the index from a terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index: readable results with highlights, or with --json the HTTP API's JSON.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (joined with spaces); empty lists by the filters.")
  List<String> query = List.of();

  @Mixin
  SearchFilters filters;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date or position.")
  String sort;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page (at most 100).")
  int size;

  @Option(names = "--from", defaultValue = "0", description = "Offset of the first hit.")
  int from;

  @Option(names = "--json", description = "Print the result as the HTTP API's JSON.")
  boolean json;

  @Mixin
  BackendOptions backend;

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "Extra glossary entries, added to the shipped ones (default: corpus/glossary.tsv, if present).")
  Path glossaryFile;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    if (backend.missingIndex()) {
      return Main.fail(Main.noIndex(backend.index), 2);
    }
    try (Archive service = backend.openReadOnly(GlossaryOption.load(glossaryFile, Path.of("corpus"), null))) {
      SearchRequest request = filters.request(String.join(" ", query))
          .sort(SearchRequest.Sort.fromId(sort))
          .from(from)
          .size(size)
          .build();
      SearchResult result = service.search(request);
      if (json) {
        out.println(PressroomJson.searchResult(result).toPrettyString());
      } else {
        print(out, result);
      }
      return 0;
    }
  }

  private void print(PrintStream out, SearchResult r) {
    r.notices().forEach(n -> out.println("note: " + n.message()));
    out.printf("%d paragraphs (%d ms)%n%n", r.total(), r.tookMs());
    for (SearchResult.Hit h : r.hits()) {
      var p = h.paragraph();
      StringBuilder tags = new StringBuilder(p.kind().id());
      if (p.area() != null) {
        tags.append(" · ").append(p.area().label(p.lang())).append(" (").append(p.area().id()).append(")");
      }
      if (p.agreement() != null) {
        tags.append(" · agreement ").append(p.agreement().number());
      }
      out.printf("%s  [%s]%n", p.id(), tags);
      if (h.highlights().isEmpty()) {
        out.println("  " + p.text());
      }
      h.highlights().forEach(passage -> out.println("  " + TerminalText.fromHighlight(passage)));
      out.println("  — " + releaseLine(p.release()));
      if (!h.alsoIn().isEmpty()) {
        out.println("  also in " + String.join(", ", h.alsoIn()));
      }
      out.println();
    }
    for (String dim : List.of(Fields.AREA, Fields.CONFERENCE, Fields.ORGANISATION)) {
      if (!r.facets().get(dim).isEmpty()) {
        out.println(dim + ": " + r.facets().get(dim).stream().limit(10)
            .map(v -> v.label("zh-Hant") + " " + v.count()).collect(Collectors.joining(", ")));
      }
    }
    if (r.nextCursor() != null || (long) from + r.hits().size() < r.total()) {
      out.println("more: --from " + (from + r.hits().size()));
    }
  }

  /** The release's headline (its id when it has none) and its day. */
  static String releaseLine(Release r) {
    String title = r.title() == null || r.title().isBlank() ? r.id() : r.title();
    return title + (r.published() == null ? "" : ", " + r.published().toLocalDate());
  }
}
