package io.pressroom.ingest;

import io.pressroom.ingest.ReleaseFixture.ExpectedParagraph;
import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How well one fixture was parsed, counted the way the held-out pages are scored: headline taken as
 * title, the page's own date, area headings found (recall) and right (precision), clauses tagged
 * with the right area, chrome lines kept out of paragraphs, article text lines kept, and whether the
 * page parsed at all. Counts, so that a table can add them up over fixtures.
 */
record FixtureScore(
    String name,
    boolean parsed,
    boolean headline,
    boolean date,
    int expectedHeadings,
    int foundHeadings,
    int rightHeadings,
    int expectedClauses,
    int rightClauses,
    int chromeLines,
    int chromeDropped,
    int textLines,
    int textKept) {

  /** The score of a page that could not be parsed: everything missed. */
  static FixtureScore failed(ReleaseFixture f) {
    List<ExpectedParagraph> ps = f.expected().paragraphs();
    return new FixtureScore(
        f.name(), false, false, false, headings(ps).size(), 0, 0, clauses(ps), 0, f.expected().chrome().size(), 0, ps.size(), 0);
  }

  /** The score of {@code r}, the parse of fixture {@code f}. */
  static FixtureScore of(ReleaseFixture f, ParsedRelease r) {
    ReleaseFixture.Expected e = f.expected();
    List<Paragraph> actual = r.paragraphs();
    boolean headline = Objects.equals(FixtureText.plain(e.title()), FixtureText.plain(r.release().title()));
    boolean date = FixtureText.sameDate(e.published(), r.release().published());
    Set<String> expectedHeadings = headings(e.paragraphs());
    Set<String> foundHeadings = new LinkedHashSet<>();
    for (Paragraph p : actual) {
      if (p.kind() == Kind.CLAUSE && p.section() != null) {
        foundHeadings.add(FixtureText.heading(p.section()));
      }
    }
    int rightHeadings = (int) foundHeadings.stream().filter(expectedHeadings::contains).count();
    Paragraph[] aligned = align(e.paragraphs(), actual);
    int rightClauses = 0;
    int kept = 0;
    for (int i = 0; i < aligned.length; i++) {
      ExpectedParagraph x = e.paragraphs().get(i);
      Paragraph a = aligned[i];
      if (a != null || containedAnywhere(x.text(), actual)) {
        kept++;
      }
      if (x.kind().equals("clause") && a != null && a.kind() == Kind.CLAUSE && FixtureText.sameArea(x.area(), x.section(), a.area())) {
        rightClauses++;
      }
    }
    int dropped = (int) e.chrome().stream().filter(c -> !FixtureText.leaks(c, actual)).count();
    return new FixtureScore(
        f.name(), true, headline, date, expectedHeadings.size(), foundHeadings.size(), rightHeadings,
        clauses(e.paragraphs()), rightClauses, e.chrome().size(), dropped, e.paragraphs().size(), kept);
  }

  /**
   * The parsed paragraph each expected one corresponds to, in order: the next paragraph whose text
   * starts with the expected prefix; null where none does.
   */
  static Paragraph[] align(List<ExpectedParagraph> expected, List<Paragraph> actual) {
    Paragraph[] out = new Paragraph[expected.size()];
    int from = 0;
    for (int i = 0; i < expected.size(); i++) {
      for (int j = from; j < actual.size(); j++) {
        if (FixtureText.startsWith(actual.get(j), expected.get(i).text())) {
          out[i] = actual.get(j);
          from = j + 1;
          break;
        }
      }
    }
    return out;
  }

  private static boolean containedAnywhere(String prefix, List<Paragraph> actual) {
    String p = FixtureText.plain(prefix);
    return actual.stream().anyMatch(a -> FixtureText.plain(a.text()).contains(p));
  }

  private static Set<String> headings(List<ExpectedParagraph> ps) {
    Set<String> out = new LinkedHashSet<>();
    ps.stream().filter(p -> p.kind().equals("clause")).forEach(p -> out.add(FixtureText.heading(p.section())));
    return out;
  }

  private static int clauses(List<ExpectedParagraph> ps) {
    return (int) ps.stream().filter(p -> p.kind().equals("clause")).count();
  }
}
