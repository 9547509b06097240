package io.pressroom.cli;

import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import io.pressroom.store.Fields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Option;

/** The filters of a search on the command line, as {@code GET /api/search} takes them. */
final class SearchFilters {
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

  @Option(names = "--year", description = "Publication year, e.g. 2024 (repeatable).")
  List<String> years = List.of();

  @Option(names = "--month", description = "Publication month, e.g. 2024-04 (repeatable).")
  List<String> months = List.of();

  @Option(names = "--lang", description = "zh-Hant, zh-Hans or en.")
  String lang;

  @Option(names = "--from-date", paramLabel = "YYYY-MM-DD", description = "First publication day.")
  String fromDate;

  @Option(names = "--to-date", paramLabel = "YYYY-MM-DD", description = "Last publication day.")
  String toDate;

  /** Whether any filter is given. */
  boolean any() {
    return !(areas.isEmpty() && kinds.isEmpty() && agreements.isEmpty() && conferences.isEmpty() && sessions.isEmpty()
        && organisations.isEmpty() && releases.isEmpty() && years.isEmpty() && months.isEmpty())
        || lang != null || fromDate != null || toDate != null;
  }

  /** A request builder with {@code query} and these filters. */
  SearchRequest.Builder request(String query) {
    return SearchRequest.builder()
        .query(query)
        .areas(areas)
        .filter(Fields.KIND, kinds)
        .agreements(agreements)
        .filter(Fields.CONFERENCE, conferences)
        .filter(Fields.SESSION, sessions)
        .filter(Fields.ORGANISATION, organisations)
        .releases(releases)
        .filter(Fields.YEAR, years)
        .filter(Fields.MONTH, months)
        .lang(lang)
        .fromDate(date("--from-date", fromDate))
        .toDate(date("--to-date", toDate));
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(option, option + " must be a date like 2024-04-26, got '" + value + "'");
    }
  }
}
