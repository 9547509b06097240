package io.pressroom.text;

/** Text written into HTML: the one escaper of highlights and comparisons, so both escape alike. */
public final class Html {
  private Html() {}

  /** Appends {@code s[from, to)} to {@code out} with HTML's special characters escaped; returns {@code out}. */
  public static StringBuilder escape(StringBuilder out, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /** Appends {@code s} to {@code out}, escaped; returns {@code out}. */
  public static StringBuilder escape(StringBuilder out, CharSequence s) {
    return escape(out, s, 0, s.length());
  }
}
