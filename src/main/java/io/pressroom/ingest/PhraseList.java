package io.pressroom.ingest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of Java regular expressions read from a resource next to this class (one a line, '#'
 * comments), to recognise a kind of line — a page's end, a photo credit, a list intro — by data
 * rather than code. Matching ignores case.
 */
final class PhraseList {
  private final Pattern whole;
  private final Pattern start;
  private final Pattern end;

  private PhraseList(String alternatives) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.whole = Pattern.compile("(?:" + alternatives + ")", flags);
    this.start = Pattern.compile("^(?:" + alternatives + ")", flags);
    this.end = Pattern.compile("(?:" + alternatives + ")\\s*$", flags);
  }

  /** The phrases of {@code resource}. */
  static PhraseList load(String resource) {
    List<String> patterns = Vocabulary.entries(resource);
    return new PhraseList(patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|")));
  }

  /** Whether the whole of {@code text} is one of the phrases. */
  boolean matchesWhole(String text) {
    return whole.matcher(text).matches();
  }

  /** Whether {@code text} starts with one of the phrases. */
  boolean matchesStart(String text) {
    return start.matcher(text).lookingAt();
  }

  /** How far from its end a phrase that ends a text may start: phrases are a line's tail, not a paragraph. */
  private static final int MAX_END_PHRASE_CHARS = 100;

  /** Whether {@code text} ends with one of the phrases (one no longer than {@link #MAX_END_PHRASE_CHARS}). */
  boolean matchesEnd(String text) {
    // Searching the whole text tries every phrase at every character: only its tail can hold one.
    java.util.regex.Matcher m = end.matcher(text);
    m.useTransparentBounds(true);
    m.region(Math.max(0, text.length() - MAX_END_PHRASE_CHARS), text.length());
    return m.find();
  }

  /** Whether one of the phrases occurs in {@code text}. */
  boolean occursIn(String text) {
    return whole.matcher(text).find();
  }
}
