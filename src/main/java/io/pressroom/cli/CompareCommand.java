package io.pressroom.cli;

import io.pressroom.compare.Comparison;
import io.pressroom.compare.Diff;
import io.pressroom.compare.ReleaseComparer;
import io.pressroom.core.Archive;
import io.pressroom.json.ComparisonJson;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.search.Glossary;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pressroom compare A B}: two releases side by side, area by area, as {@code GET /api/compare}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two releases (two sessions of a conference, A the earlier), area by area: clauses new, "
        + "dropped or reworded, with [-deleted-] and {+inserted+} words, and the signed documents of each.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "Release id of the earlier release.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Release id of the later release.")
  String b;

  @Option(names = "--json", description = "Print the HTTP API's JSON (GET /api/compare).")
  boolean json;

  @Option(names = "--all", description = "Also print the clauses that did not change.")
  boolean all;

  @Mixin
  BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    if (backend.missingIndex()) {
      return Main.fail(Main.noIndex(backend.index), 2);
    }
    try (Archive archive = backend.openReadOnly(Glossary.standard())) {
      Optional<ParsedRelease> first = archive.release(a);
      Optional<ParsedRelease> second = archive.release(b);
      if (first.isEmpty() || second.isEmpty()) {
        return Main.fail("no release with id '" + (first.isEmpty() ? a : b) + "' in " + archive.describe(), 2);
      }
      if (!ReleaseComparer.comparable(first.get(), second.get())) {
        return Main.fail(a + " is in " + first.get().release().language() + " and " + b + " in "
            + second.get().release().language() + ": compare releases in one language", 2);
      }
      Comparison c = ReleaseComparer.standard().compare(first.get(), second.get());
      PrintStream out = Console.out();
      if (json) {
        out.println(ComparisonJson.of(c).toPrettyString());
      } else {
        print(out, c);
      }
      return 0;
    }
  }

  private void print(PrintStream out, Comparison c) {
    out.println("A: " + SearchCommand.releaseLine(c.a()) + session(c.a()));
    out.println("B: " + SearchCommand.releaseLine(c.b()) + session(c.b()));
    out.printf(Locale.ROOT, "%d new, %d dropped, %d reworded, %d unchanged clauses%n", c.count(Comparison.Status.NEW),
        c.count(Comparison.Status.DROPPED), c.count(Comparison.Status.REWORDED), c.count(Comparison.Status.UNCHANGED));
    for (Comparison.AreaChanges area : c.areas()) {
      out.printf("%n%s / %s%n", area.area().label("zh-Hant"), area.area().label("en"));
      for (Comparison.ClauseRow row : area.clauses()) {
        if (row.status() != Comparison.Status.UNCHANGED || all) {
          out.println(line(row.status(), row.diff()));
        }
      }
    }
    if (!c.agreements().isEmpty()) {
      out.printf("%nSigned documents / 簽署文件%n");
      for (Comparison.AgreementRow row : c.agreements()) {
        if (row.status() != Comparison.Status.UNCHANGED || all) {
          out.println(line(row.status(), row.diff()));
        }
      }
    }
  }

  private static String session(Release r) {
    return r.conference() == null || r.conference().session() == null ? "" : " (" + r.conference().sessionId() + ")";
  }

  /** {@code + new  text}, {@code - dropped  text}, {@code ~ reworded  [-old-]{+new+}}. */
  static String line(Comparison.Status status, List<Diff.Segment> diff) {
    String mark = switch (status) {
      case NEW -> "+";
      case DROPPED -> "-";
      case REWORDED -> "~";
      case UNCHANGED -> "=";
    };
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %s %-9s ", mark, status.id()));
    boolean marks = status == Comparison.Status.REWORDED;
    for (Diff.Segment s : diff) {
      switch (s.op()) {
        case EQUAL -> b.append(s.text());
        case DELETE -> b.append(marks ? "[-" + s.text() + "-]" : s.text());
        case INSERT -> b.append(marks ? "{+" + s.text() + "+}" : s.text());
      }
    }
    return b.toString();
  }
}
