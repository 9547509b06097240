package io.pressroom.search;

import java.util.Locale;

/**
 * A remark on how a search was understood or answered, for the user: a stable code a page can say
 * in its own language, and the same in an English sentence.
 *
 * @param code one of {@code unclosed_quote}, {@code unbalanced_parentheses}, {@code unsupported_form},
 *     {@code unknown_field}, {@code syntax} (the query was searched literally, word by word),
 *     {@code relaxed} (few paragraphs hold every word; those holding most are shown too), {@code
 *     timed_out} (the results are partial)
 * @param message the remark in English, naming nothing of the engine's internals
 */
public record Notice(String code, String message) {

  /** The notice of a query that could not be read as syntax and was searched literally. */
  static Notice literal(String text, String parserMessage) {
    String m = parserMessage == null ? "" : parserMessage.toLowerCase(Locale.ROOT);
    long quotes = text.chars().filter(c -> c == '"').count();
    long open = text.chars().filter(c -> c == '(').count();
    long close = text.chars().filter(c -> c == ')').count();
    if (quotes % 2 == 1) {
      return new Notice("unclosed_quote", "The quote was not closed; the words were searched literally.");
    }
    if (open != close) {
      return new Notice("unbalanced_parentheses", "The parentheses do not pair up; the words were searched literally.");
    }
    if (m.contains("wildcard") || m.contains("regular expression") || m.contains("ranges are supported")) {
      return new Notice("unsupported_form",
          "A form this search does not take (a leading wildcard, a regular expression, a range outside year:) was searched literally.");
    }
    if (m.contains("unknown field")) {
      return new Notice("unknown_field",
          "A field name before a colon is not one of area, kind, agreement, release, lang, year, conference, session, organisation; the words were searched literally.");
    }
    return new Notice("syntax", "The query could not be read as search syntax; its words were searched literally.");
  }

  static final Notice RELAXED = new Notice("relaxed",
      "Few paragraphs hold every word of the query; paragraphs holding most of them are shown too.");

  static Notice timedOut(long budgetMillis) {
    return new Notice("timed_out", "The search ran out of its " + budgetMillis + " ms budget; the results are partial.");
  }
}
