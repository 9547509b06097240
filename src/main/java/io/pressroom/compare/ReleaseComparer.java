package io.pressroom.compare;

import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.compare.Comparison.AgreementRow;
import io.pressroom.compare.Comparison.AreaChanges;
import io.pressroom.compare.Comparison.ClauseRow;
import io.pressroom.compare.Comparison.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two releases — usually two sessions of one conference — area by area. Within an area,
 * clauses are paired by how alike their words are ({@link Diff#of}): a pair sharing at least {@link
 * #CLAUSE_THRESHOLD} of its words is one clause, unchanged or reworded; a clause left unpaired is
 * new (only in b) or dropped (only in a). Signed documents are paired the same way by title.
 * Traditional and Simplified text compare alike; an English release is compared with English.
 */
public final class ReleaseComparer {
  /** Shared words (see {@link Diff.Result#similarity()}) from which two clauses are one clause reworded. */
  public static final double CLAUSE_THRESHOLD = 0.4;
  /** Shared words from which two titles name the same kind of document. */
  public static final double AGREEMENT_THRESHOLD = 0.6;

  private final AreaTaxonomy taxonomy;

  public ReleaseComparer(AreaTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** A comparer with the shipped area taxonomy (for the order of areas). */
  public static ReleaseComparer standard() {
    return new ReleaseComparer(AreaTaxonomy.standard());
  }

  /** Whether the two releases can be compared word by word: both Chinese, or both English. */
  public static boolean comparable(ParsedRelease a, ParsedRelease b) {
    return english(a) == english(b);
  }

  private static boolean english(ParsedRelease r) {
    return "en".equals(r.release().language());
  }

  /** Compares {@code a} (the old) with {@code b} (the new). */
  public Comparison compare(ParsedRelease a, ParsedRelease b) {
    Map<String, List<Paragraph>> clausesA = clausesByArea(a);
    Map<String, List<Paragraph>> clausesB = clausesByArea(b);
    List<AreaChanges> areas = new ArrayList<>();
    for (Area area : areaOrder(clausesA, clausesB)) {
      List<Pairing.Row<Paragraph, Diff.Result>> rows = Pairing.pair(
          clausesA.getOrDefault(area.id(), List.of()), clausesB.getOrDefault(area.id(), List.of()),
          (x, y) -> Diff.of(x.text(), y.text()), Diff.Result::similarity, CLAUSE_THRESHOLD);
      List<ClauseRow> clauses = new ArrayList<>();
      for (var row : rows) {
        clauses.add(clauseRow(row));
      }
      areas.add(new AreaChanges(area, clauses));
    }
    List<AgreementRow> agreements = new ArrayList<>();
    for (var row : Pairing.pair(agreements(a), agreements(b), (x, y) -> Diff.of(x.title(), y.title()),
        Diff.Result::similarity, AGREEMENT_THRESHOLD)) {
      agreements.add(agreementRow(row));
    }
    return new Comparison(a.release(), b.release(), areas, agreements);
  }

  private static ClauseRow clauseRow(Pairing.Row<Paragraph, Diff.Result> row) {
    if (row.a() == null) {
      return new ClauseRow(Status.NEW, null, row.b(), 0, List.of(new Diff.Segment(Diff.Op.INSERT, row.b().text())));
    }
    if (row.b() == null) {
      return new ClauseRow(Status.DROPPED, row.a(), null, 0, List.of(new Diff.Segment(Diff.Op.DELETE, row.a().text())));
    }
    Diff.Result d = row.compared();
    return new ClauseRow(d.same() ? Status.UNCHANGED : Status.REWORDED, row.a(), row.b(), d.similarity(), d.segments());
  }

  private static AgreementRow agreementRow(Pairing.Row<Agreement, Diff.Result> row) {
    if (row.a() == null) {
      return new AgreementRow(Status.NEW, null, row.b(), List.of(new Diff.Segment(Diff.Op.INSERT, row.b().title())));
    }
    if (row.b() == null) {
      return new AgreementRow(Status.DROPPED, row.a(), null, List.of(new Diff.Segment(Diff.Op.DELETE, row.a().title())));
    }
    Diff.Result d = row.compared();
    return new AgreementRow(d.same() ? Status.UNCHANGED : Status.REWORDED, row.a(), row.b(), d.segments());
  }

  private static Map<String, List<Paragraph>> clausesByArea(ParsedRelease r) {
    Map<String, List<Paragraph>> out = new LinkedHashMap<>();
    for (Paragraph p : r.paragraphs()) {
      if (p.kind() == Kind.CLAUSE && p.area() != null) {
        out.computeIfAbsent(p.area().id(), k -> new ArrayList<>()).add(p);
      }
    }
    return out;
  }

  private static List<Agreement> agreements(ParsedRelease r) {
    List<Agreement> out = new ArrayList<>();
    for (Paragraph p : r.paragraphs()) {
      if (p.kind() == Kind.AGREEMENT && p.agreement() != null) {
        out.add(p.agreement());
      }
    }
    return out;
  }

  /** The taxonomy's areas that either release has, in its order; then the others, b's first. */
  private List<Area> areaOrder(Map<String, List<Paragraph>> a, Map<String, List<Paragraph>> b) {
    Map<String, Area> seen = new LinkedHashMap<>();
    for (Map<String, List<Paragraph>> side : List.of(b, a)) {
      side.forEach((id, clauses) -> seen.putIfAbsent(id, clauses.get(0).area()));
    }
    List<Area> out = new ArrayList<>();
    for (Area listed : taxonomy.areas()) {
      if (seen.containsKey(listed.id())) {
        out.add(seen.remove(listed.id()));
      }
    }
    out.addAll(seen.values());
    return out;
  }
}
