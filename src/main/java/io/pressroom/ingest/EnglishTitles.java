package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where English running text names a signed document by its title: a title-case name whose head is
 * a document type ("Memorandum of Understanding on Sister School Exchanges", "Hong Kong/Guangdong
 * Co-operation Framework Agreement", "Letter of Intent on …"), or a quoted one. A title is
 * delimited by its capitals: it runs over capitalised words and the small words between them (of,
 * on, and, the, between …) and ends at the first other word or mark. Only names that say what the
 * document is about count — a head with a complement ("… on X", "… between A and B") or with at
 * least three capitalised words before it; "the Framework Agreement" or "a co-operation agreement"
 * is a mention of a document, not its title, and plural heads ("Co-operation Agreements") count
 * documents rather than name one.
 */
final class EnglishTitles {
  /** A title found in a text: its span, and where its head (Memorandum, Agreement …) ends. */
  record Span(int start, int end, int headEnd, boolean quoted) {
    String text(String s) {
      return s.substring(start, end);
    }
  }

  private record Token(int start, int end, int coreStart, int coreEnd) {
    String core(String s) {
      return s.substring(coreStart, coreEnd);
    }

    boolean endsClause(String s) {
      return s.substring(coreEnd, end).matches(".*[,;:.!?].*");
    }
  }

  /** Heads that name no type of {@code document-types.tsv} but head a document's title all the same. */
  private static final List<String> OTHER_HEADS = List.of("Action Plan");
  private static final Pattern HEAD;
  private static final Set<String> CONNECTORS =
      Set.of("of", "on", "the", "and", "for", "in", "between", "among", "amongst", "with", "to", "concerning", "regarding", "&");
  /** Capitalised words that open a sentence or count rather than name: never part of a title. */
  private static final Set<String> NOT_MODIFIERS =
      Set.of("The", "A", "An", "This", "That", "These", "Those", "Both", "Its", "Their", "Our", "Each", "Another", "New",
          "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Several", "Under", "After",
          "At", "In", "On", "Mr", "Mrs", "Ms", "Miss", "Dr");
  private static final int MAX_MODIFIERS = 5;
  private static final int MIN_MODIFIERS_ALONE = 3;
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{6,300}?)[”\"]");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern CORE = Pattern.compile("^[(“\"‘']*(.*?)[)”\"’',;:.!?]*$");

  static {
    List<String> heads = new ArrayList<>(DocumentTypes.englishLabels());
    heads.addAll(OTHER_HEADS);
    heads.sort((a, b) -> b.length() - a.length());
    HEAD = Pattern.compile(
        "(?<![\\p{L}\\p{N}'’-])(?:" + heads.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}-])");
  }

  private EnglishTitles() {}

  /** The titles {@code text} names, in order, none overlapping. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      String inner = q.group(1).replaceAll("[,;:.]\\s*$", "");
      Span s = quoted(inner);
      if (s != null) {
        out.add(new Span(q.start(1), q.start(1) + inner.length(), q.start(1) + s.headEnd(), true));
      }
    }
    List<Token> tokens = tokens(text);
    Matcher h = HEAD.matcher(text);
    int from = 0;
    while (h.find(from)) {
      from = h.end();
      if (inside(out, h.start())) {
        continue;
      }
      Span s = at(text, tokens, h.start(), h.end());
      if (s != null) {
        out.add(s);
        from = Math.max(from, s.end());
      }
    }
    out.sort((a, b) -> a.start() - b.start());
    return out;
  }

  /** The title {@code line} is as a whole ("Memorandum on Closer Co-operation between …"), or null. */
  static Span whole(String line) {
    String t = Whitespace.trim(line);
    Matcher h = HEAD.matcher(t);
    if (!h.find()) {
      return null;
    }
    Span s = at(t, tokens(t), h.start(), h.end());
    return s != null && s.start() == 0 && s.end() == t.length() ? s : null;
  }

  /** A quoted title: its head after at most a few capitalised words, whatever follows ("“Agreement on …”"). */
  private static Span quoted(String inner) {
    Matcher h = HEAD.matcher(inner);
    if (!h.find() || h.end() == inner.length()) {
      return null;
    }
    for (String word : inner.substring(0, h.start()).split("\\s+")) {
      if (!word.isEmpty() && (!capitalised(word) || NOT_MODIFIERS.contains(word))) {
        return null;
      }
    }
    return TextShape.words(inner.substring(0, h.start())) <= MAX_MODIFIERS ? new Span(0, inner.length(), h.end(), true) : null;
  }

  /** The title around the head at {@code hs..he}, or null if it names no document. */
  private static Span at(String text, List<Token> tokens, int hs, int he) {
    int first = tokenAt(tokens, hs);
    int headLast = tokenAt(tokens, he - 1);
    if (first < 0 || headLast < 0 || tokens.get(first).coreStart() != hs) {
      return null;
    }
    int start = first;
    int modifiers = 0;
    while (start > 0 && modifiers < MAX_MODIFIERS) {
      Token prev = tokens.get(start - 1);
      String core = prev.core(text);
      if (prev.endsClause(text) || prev.end() != prev.coreEnd() || !capitalised(core) || NOT_MODIFIERS.contains(core)
          || SigningWords.mentionsSigning(core)) {
        break;
      }
      start--;
      modifiers++;
    }
    int last = headLast;
    if (!tokens.get(headLast).endsClause(text) && tokens.get(headLast).coreEnd() == he) {
      for (int k = headLast + 1; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        String core = t.core(text);
        if (t.coreStart() != t.start() && !capitalised(core)) {
          break;
        }
        if (CONNECTORS.contains(core)) {
          if (t.endsClause(text) || (core.equals("and") && startsTitle(text, tokens, k + 1))) {
            break;
          }
          continue;
        }
        if (!capitalised(core)) {
          break;
        }
        last = k;
        if (t.endsClause(text)) {
          break;
        }
      }
    }
    boolean complement = last > headLast;
    if (!complement && modifiers < MIN_MODIFIERS_ALONE) {
      return null;
    }
    return new Span(tokens.get(start).coreStart(), tokens.get(last).coreEnd(), he, false);
  }

  /** Whether a new title starts at token {@code k} (after an article): "… on X and the Agreement on Y". */
  private static boolean startsTitle(String text, List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j <= k + MAX_MODIFIERS + 1; j++) {
      Token t = tokens.get(j);
      String core = t.core(text);
      if (HEAD.matcher(text).region(t.coreStart(), text.length()).lookingAt()) {
        return true;
      }
      if (!(j == k && Set.of("the", "a", "an").contains(core)) && (!capitalised(core) || NOT_MODIFIERS.contains(core))) {
        return false;
      }
    }
    return false;
  }

  private static boolean capitalised(String core) {
    if (core.isEmpty()) {
      return false;
    }
    int c = core.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Matcher c = CORE.matcher(m.group());
      c.matches();
      out.add(new Token(m.start(), m.end(), m.start() + c.start(1), m.start() + c.end(1)));
    }
    return out;
  }

  private static int tokenAt(List<Token> tokens, int index) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= index && index < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean inside(List<Span> spans, int index) {
    return spans.stream().anyMatch(s -> s.start() <= index && index < s.end());
  }
}
