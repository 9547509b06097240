package io.pressroom.cli;

import io.pressroom.store.Fields;
import io.pressroom.model.Area;
import io.pressroom.model.Agreement;
import io.pressroom.model.Release;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.core.Archive;
import java.io.PrintStream;
import java.nio.file.Files;
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

  @Option(names = "--area", description = "Area id or label, any script or language (repeatable).")
  List<String> areas = List.of();

  @Option(names = "--kind", description = "body, caption, clause or agreement (repeatable).")
  List<String> kinds = List.of();

  @Option(names = "--agreement", description = "Agreement id, e.g. RELEASE#a2 (repeatable).")
  List<String> agreements = List.of();

  @Option(names = "--conference", description = "Conference partner, e.g. shanghai (repeatable).")
  List<String> conferences = List.of();

  @Option(names = "--session", description = "Conference session, e.g. shanghai-6 (repeatable).")
  List<String> sessions = List.of();

  @Option(names = "--organisation", description = "Organisation id, e.g. 香港大学 (repeatable).")
  List<String> organisations = List.of();

  @Option(names = "--release", description = "Release id (repeatable).")
  List<String> releases = List.of();

  @Option(names = "--lang", description = "zh-Hant, zh-Hans or en.")
  String lang;

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
    PrintStream err = Console.err();
    if (backend.missingIndex()) {
      err.println("error: no index at " + backend.index + " (run: pressroom ingest corpus --index " + backend.index + ")");
      return 2;
    }
    try (Archive service = backend.openReadOnly(GlossaryOption.load(glossaryFile, Path.of("corpus"), null))) {
      SearchRequest request = SearchRequest.builder()
          .query(String.join(" ", query))
          .areas(areas)
          .filter(Fields.KIND, kinds)
          .agreements(agreements)
          .filter(Fields.CONFERENCE, conferences)
          .filter(Fields.SESSION, sessions)
          .filter(Fields.ORGANISATION, organisations)
          .releases(releases)
          .lang(lang)
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
    } catch (InvalidRequestException e) {
      err.println("error: " + e.getMessage());
      return 2;
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
      out.printf("  — %s%s%n%n", p.release().title(),
          p.release().published() == null ? "" : ", " + p.release().published().toLocalDate());
    }
    for (String dim : List.of(Fields.AREA, Fields.CONFERENCE, Fields.ORGANISATION)) {
      if (!r.facets().get(dim).isEmpty()) {
        out.println(dim + ": " + r.facets().get(dim).stream().limit(10)
            .map(v -> v.label("zh-Hant") + " " + v.count()).collect(Collectors.joining(", ")));
      }
    }
    if (r.nextCursor() != null) {
      out.println("more: --from " + (from + r.hits().size()));
    }
  }
}
