package io.pressroom.compare;

import io.pressroom.text.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between two texts (Chinese by characters, English by words; see {@link
 * Tokens}), found with Myers' O(ND) algorithm and tidied for reading: a lone unchanged character
 * or space between two changes is counted as changed, so "新增金融合作" against "加強科技交流" reads as
 * one replaced phrase, not a scatter of single characters.
 */
public final class Diff {
  /** What happened to a stretch of text. */
  public enum Op {
    /** In both texts. */
    EQUAL,
    /** Only in the first (old) text. */
    DELETE,
    /** Only in the second (new) text. */
    INSERT;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A stretch of original text and what happened to it. */
  public record Segment(Op op, String text) {}

  /** The differences between {@code a} and {@code b}, and how alike they are. */
  public record Result(List<Segment> segments, double similarity) {
    public Result {
      segments = List.copyOf(segments);
    }

    /** Whether nothing but spacing differs. */
    public boolean same() {
      return segments.stream().allMatch(s -> s.op() == Op.EQUAL || s.text().isBlank());
    }
  }

  /** Beyond this many edits the texts are treated as wholly different (an old and a new text). */
  static final int MAX_EDITS = 2_000;

  private Diff() {}

  /**
   * The segments that turn {@code a} into {@code b}: in order, EQUAL text is in both, DELETE only in
   * {@code a}, INSERT only in {@code b} (a change is its deletion, then its insertion); and the
   * similarity, twice the unchanged words over all words (punctuation and spaces left out), from 0
   * to 1.
   */
  public static Result of(String a, String b) {
    a = a == null ? "" : a;
    b = b == null ? "" : b;
    List<Tokens.Token> x = Tokens.of(a);
    List<Tokens.Token> y = Tokens.of(b);
    Op[] xs = new Op[x.size()];
    Op[] ys = new Op[y.size()];
    if (!myers(x, y, xs, ys)) {
      java.util.Arrays.fill(xs, Op.DELETE);
      java.util.Arrays.fill(ys, Op.INSERT);
    }
    tidy(x, xs, y, ys);
    return new Result(segments(a, x, xs, b, y, ys), similarity(x, xs, y, ys));
  }

  /** Marks each token EQUAL or DELETE (in x) and EQUAL or INSERT (in y); false when too different. */
  private static boolean myers(List<Tokens.Token> x, List<Tokens.Token> y, Op[] xs, Op[] ys) {
    int n = x.size();
    int m = y.size();
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    // trace.get(d): v[-(d+1) .. d+1] as it was before step d (what backtracking from step d reads)
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(java.util.Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int i;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          i = v[offset + k + 1];
        } else {
          i = v[offset + k - 1] + 1;
        }
        int j = i - k;
        while (i < n && j < m && x.get(i).key().equals(y.get(j).key())) {
          i++;
          j++;
        }
        v[offset + k] = i;
        if (i >= n && j >= m) {
          found = d;
          break;
        }
      }
    }
    if (found < 0) {
      return false;
    }
    java.util.Arrays.fill(xs, Op.EQUAL);
    java.util.Arrays.fill(ys, Op.EQUAL);
    int i = n;
    int j = m;
    for (int d = found; d > 0; d--) {
      int[] pv = trace.get(d);
      int base = d + 1; // pv[base + k] is v[k]
      int k = i - j;
      boolean down = k == -d || (k != d && pv[base + k - 1] < pv[base + k + 1]);
      int prevK = down ? k + 1 : k - 1;
      int prevI = pv[base + prevK];
      int prevJ = prevI - prevK;
      if (down) {
        ys[prevJ] = Op.INSERT;
      } else {
        xs[prevI] = Op.DELETE;
      }
      i = prevI;
      j = prevJ;
    }
    return true;
  }

  /**
   * Counts as changed an unchanged stretch that is only spaces and punctuation, or a single
   * character, when changes stand on both sides of it in both texts: such islands make a replaced
   * phrase unreadable.
   */
  private static void tidy(List<Tokens.Token> x, Op[] xs, List<Tokens.Token> y, Op[] ys) {
    // Walk the aligned sequence: equal tokens pair up in order.
    List<int[]> equalRuns = new ArrayList<>(); // {xStart, yStart, length}
    int i = 0;
    int j = 0;
    while (i < xs.length || j < ys.length) {
      if (i < xs.length && xs[i] != Op.EQUAL) {
        i++;
      } else if (j < ys.length && ys[j] != Op.EQUAL) {
        j++;
      } else if (i < xs.length && j < ys.length) {
        int len = 0;
        while (i + len < xs.length && j + len < ys.length && xs[i + len] == Op.EQUAL && ys[j + len] == Op.EQUAL) {
          len++;
        }
        equalRuns.add(new int[] {i, j, len});
        i += len;
        j += len;
      } else {
        break;
      }
    }
    for (int r = 0; r < equalRuns.size(); r++) {
      int[] run = equalRuns.get(r);
      int xi = run[0];
      int yi = run[1];
      int len = run[2];
      boolean changedBefore = (xi > 0 && xs[xi - 1] != Op.EQUAL) || (yi > 0 && ys[yi - 1] != Op.EQUAL);
      boolean changedAfter = (xi + len < xs.length && xs[xi + len] != Op.EQUAL)
          || (yi + len < ys.length && ys[yi + len] != Op.EQUAL);
      if (!changedBefore || !changedAfter) {
        continue;
      }
      int content = 0;
      for (int t = xi; t < xi + len; t++) {
        content += x.get(t).content() ? 1 : 0;
      }
      if (content <= 1) {
        for (int t = 0; t < len; t++) {
          xs[xi + t] = Op.DELETE;
          ys[yi + t] = Op.INSERT;
        }
      }
    }
  }

  /** The segments in reading order: per change, what went, then what came. */
  private static List<Segment> segments(String a, List<Tokens.Token> x, Op[] xs, String b, List<Tokens.Token> y, Op[] ys) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < xs.length || j < ys.length) {
      int di = i;
      while (di < xs.length && xs[di] == Op.DELETE) {
        di++;
      }
      int ij = j;
      while (ij < ys.length && ys[ij] == Op.INSERT) {
        ij++;
      }
      if (di > i) {
        add(out, Op.DELETE, a.substring(x.get(i).start(), x.get(di - 1).end()));
      }
      if (ij > j) {
        add(out, Op.INSERT, b.substring(y.get(j).start(), y.get(ij - 1).end()));
      }
      i = di;
      j = ij;
      int ei = i;
      int ej = j;
      while (ei < xs.length && ej < ys.length && xs[ei] == Op.EQUAL && ys[ej] == Op.EQUAL) {
        ei++;
        ej++;
      }
      if (ej > j) {
        // The text shown for an unchanged stretch is the new one's.
        add(out, Op.EQUAL, b.substring(y.get(j).start(), y.get(ej - 1).end()));
      }
      if (ei == i && ej == j && di == i && ij == j) {
        break; // cannot happen with a consistent alignment; guards against a loop
      }
      i = ei;
      j = ej;
    }
    return out;
  }

  private static void add(List<Segment> out, Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Segment last = out.remove(out.size() - 1);
      out.add(new Segment(op, last.text() + text));
    } else {
      out.add(new Segment(op, text));
    }
  }

  private static double similarity(List<Tokens.Token> x, Op[] xs, List<Tokens.Token> y, Op[] ys) {
    int ax = 0;
    int same = 0;
    for (int i = 0; i < xs.length; i++) {
      if (x.get(i).content()) {
        ax++;
        same += xs[i] == Op.EQUAL ? 1 : 0;
      }
    }
    int by = 0;
    for (int j = 0; j < ys.length; j++) {
      by += y.get(j).content() ? 1 : 0;
    }
    return ax + by == 0 ? 1.0 : 2.0 * same / (ax + by);
  }

  /**
   * The segments as HTML: text escaped, {@code <del>} around what went and {@code <ins>} around
   * what came.
   */
  public static String html(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      switch (s.op()) {
        case EQUAL -> Html.escape(out, s.text());
        case DELETE -> Html.escape(out.append("<del>"), s.text()).append("</del>");
        case INSERT -> Html.escape(out.append("<ins>"), s.text()).append("</ins>");
      }
    }
    return out.toString();
  }
}
