package io.pressroom.cli;

/** Highlight passages (escaped HTML with {@code <mark>}) made readable in a terminal. */
final class TerminalText {
  private static final boolean ANSI = System.console() != null && System.getenv("NO_COLOR") == null;

  private TerminalText() {}

  /** Marks become bold yellow on a terminal, 【 】 elsewhere; entities are decoded. */
  static String fromHighlight(String html) {
    String open = ANSI ? "\u001b[1;33m" : "【";
    String close = ANSI ? "\u001b[0m" : "】";
    String s = html.replace("<mark>", open).replace("</mark>", close);
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
