package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The parser measured over every fixture with the metrics the held-out pages are scored on, printed
 * as a table and written to {@code target/fixture-scoreboard.txt}. It asserts only the floors the
 * parser must keep (headlines, dates, clauses, chrome ≥ 90%, heading recall and precision ≥ 0.9,
 * text kept ≥ 98%, no page failing), so a regression fails the build; it never times anything.
 */
class FixtureScoreboard {
  private static final Path REPORT = Path.of("target", "fixture-scoreboard.txt");

  /** A metric: its name, the fraction it came to, and the floor it must not fall under. */
  record Metric(String name, int hits, int total, double floor) {
    double value() {
      return total == 0 ? 1.0 : (double) hits / total;
    }
  }

  @Test
  void metricsStayAboveTheirFloors() throws IOException {
    List<FixtureScore> scores = new ArrayList<>();
    for (ReleaseFixture f : ReleaseFixture.all()) {
      try {
        scores.add(FixtureScore.of(f, f.parse()));
      } catch (IngestException | RuntimeException e) {
        scores.add(FixtureScore.failed(f));
      }
    }
    List<Metric> metrics =
        List.of(
            new Metric("pages parsed", count(scores, s -> s.parsed() ? 1 : 0), scores.size(), 1.0),
            new Metric("headline taken as title", count(scores, s -> s.headline() ? 1 : 0), scores.size(), 0.9),
            new Metric("page's own date", count(scores, s -> s.date() ? 1 : 0), scores.size(), 0.9),
            new Metric("area headings recall", count(scores, FixtureScore::rightHeadings), count(scores, FixtureScore::expectedHeadings), 0.9),
            new Metric("area headings precision", count(scores, FixtureScore::rightHeadings), count(scores, FixtureScore::foundHeadings), 0.9),
            new Metric("clauses with the right area", count(scores, FixtureScore::rightClauses), count(scores, FixtureScore::expectedClauses), 0.9),
            new Metric("chrome lines dropped", count(scores, FixtureScore::chromeDropped), count(scores, FixtureScore::chromeLines), 0.9),
            new Metric("text lines kept", count(scores, FixtureScore::textKept), count(scores, FixtureScore::textLines), 0.98));
    String report = table(scores, metrics);
    System.out.println(report);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    List<Executable> floors = new ArrayList<>();
    for (Metric m : metrics) {
      floors.add(() -> assertTrue(m.value() >= m.floor(), String.format(Locale.ROOT, "%s: %.3f under the floor %.2f", m.name(), m.value(), m.floor())));
    }
    assertAll(floors);
  }

  private static int count(List<FixtureScore> scores, ToIntFunction<FixtureScore> f) {
    return scores.stream().mapToInt(f).sum();
  }

  private static String table(List<FixtureScore> scores, List<Metric> metrics) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Fixture scoreboard: %d pages%n%n", scores.size()));
    b.append(String.format(Locale.ROOT, "%-32s %9s %9s %7s%n", "metric", "value", "count", "floor"));
    for (Metric m : metrics) {
      b.append(String.format(Locale.ROOT, "%-32s %9.3f %9s %7.2f%n", m.name(), m.value(), m.hits() + "/" + m.total(), m.floor()));
    }
    b.append(String.format(Locale.ROOT, "%n%-56s %5s %5s %9s %9s %7s %7s%n", "page", "title", "date", "headings", "clauses", "chrome", "text"));
    for (FixtureScore s : scores) {
      b.append(String.format(Locale.ROOT, "%-56s %5s %5s %9s %9s %7s %7s%n",
          s.name(), s.parsed() ? (s.headline() ? "ok" : "MISS") : "FAIL", s.date() ? "ok" : "MISS",
          s.rightHeadings() + "/" + s.expectedHeadings() + "/" + s.foundHeadings(),
          s.rightClauses() + "/" + s.expectedClauses(), s.chromeDropped() + "/" + s.chromeLines(), s.textKept() + "/" + s.textLines()));
    }
    b.append(String.format(Locale.ROOT, "%nheadings: right/expected/found; other columns: right/expected%n"));
    return b.toString();
  }
}
