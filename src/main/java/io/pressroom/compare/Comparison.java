package io.pressroom.compare;

import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.Paragraph;
import io.pressroom.model.Release;
import java.util.List;
import java.util.Locale;

/**
 * Two releases side by side, area by area: which clauses are new, dropped, reworded or unchanged,
 * with the changed words marked, and the signed documents of each, paired where both sessions
 * sign the same document.
 *
 * @param a the first (usually earlier) release
 * @param b the second (usually later) release
 * @param areas every area either release has clauses under, in taxonomy order, then the others
 * @param agreements the signed documents, paired by title where alike
 */
public record Comparison(Release a, Release b, List<AreaChanges> areas, List<AgreementRow> agreements) {
  public Comparison {
    areas = List.copyOf(areas);
    agreements = List.copyOf(agreements);
  }

  /** What happened to a clause (or a signed document) from {@code a} to {@code b}. */
  public enum Status {
    /** Only in b. */
    NEW,
    /** Only in a. */
    DROPPED,
    /** In both, worded differently. */
    REWORDED,
    /** In both, worded alike (spacing and script aside). */
    UNCHANGED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One area's clauses, paired. */
  public record AreaChanges(Area area, List<ClauseRow> clauses) {
    public AreaChanges {
      clauses = List.copyOf(clauses);
    }

    /** How many clauses have {@code status}. */
    public long count(Status status) {
      return clauses.stream().filter(c -> c.status() == status).count();
    }
  }

  /**
   * A clause of a, of b, or of both.
   *
   * @param a the clause in a, or null when new
   * @param b the clause in b, or null when dropped
   * @param similarity twice the shared words over all words, 0 to 1 (0 for a clause of one side)
   * @param diff a's text turned into b's: equal, deleted (a only) and inserted (b only) stretches
   */
  public record ClauseRow(Status status, Paragraph a, Paragraph b, double similarity, List<Diff.Segment> diff) {
    public ClauseRow {
      diff = List.copyOf(diff);
    }
  }

  /** A signed document of a, of b, or one both sign; for a pair, the diff of the titles. */
  public record AgreementRow(Status status, Agreement a, Agreement b, List<Diff.Segment> diff) {
    public AgreementRow {
      diff = List.copyOf(diff);
    }
  }

  /** How many clauses in all have {@code status}. */
  public long count(Status status) {
    return areas.stream().mapToLong(x -> x.count(status)).sum();
  }
}
