package io.pressroom.search;

import static io.pressroom.store.Fields.TEXT;

import io.pressroom.model.Paragraph;
import io.pressroom.text.Html;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Highlight passages: the original paragraph text, HTML-escaped, with {@code <mark>} around the
 * matches of any of the three text representations, whichever backend found the hit. Each hit's
 * text is analysed again, as the index analyses it, with offsets; the analysis is
 * length-preserving, so marks land on the characters as written (Traditional, Simplified or
 * Latin). A token is marked when it is a term the query asks for in that field, or part of one of
 * its phrases where the phrase stands; overlapping marks (bigrams) are merged. Short paragraphs come
 * back whole; long ones as up to three passages of whole sentences, about 300 characters each.
 *
 * <p>The query's terms and phrases are read once per search, and each text is analysed into plain
 * arrays: building a one-document index and a highlighter for each hit (Lucene's {@code
 * MemoryIndex} with its {@code UnifiedHighlighter}) cost a fifth of a search (docs/benchmarks.md).
 */
public final class Highlights {
  static final int MAX_PASSAGES = 3;
  private static final int PASSAGE_LENGTH = 300;
  private static final int MAX_ANALYZED_CHARS = 100_000;

  private Highlights() {}

  /** Highlight passages for each paragraph, in their order. */
  public static List<List<String>> forParagraphs(Analyzer analyzer, Query textQuery, List<Paragraph> paragraphs)
      throws IOException {
    List<Wanted> wanted = new ArrayList<>();
    collect(ScoreBonusQuery.withoutBonus(textQuery), wanted);
    Set<String> queried = fieldsOf(wanted);
    List<List<String>> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      String text = p.text().length() > MAX_ANALYZED_CHARS ? p.text().substring(0, MAX_ANALYZED_CHARS) : p.text();
      List<int[]> marks = new ArrayList<>();
      for (String field : io.pressroom.store.Fields.textFieldsOf(p)) {
        if (queried.contains(field)) { // a field the query does not ask is not worth analysing
          Tokens tokens = Tokens.of(analyzer, field, text);
          for (Wanted w : wanted) {
            if (w.field().equals(field)) {
              w.mark(tokens, marks);
            }
          }
        }
      }
      out.add(marks.isEmpty() ? List.of() : passages(p.text(), merge(marks))); // none: matched by its context
    }
    return out;
  }

  // ------------------------------------------------------------------------------ what is asked

  /**
   * One thing the query asks of a field: a phrase of positions (one position for a term), each
   * satisfied by any of its terms, or terms matching an automaton (prefix, wildcard, fuzzy).
   */
  private record Wanted(String field, List<Set<String>> positions, int[] offsets, int slop, ByteRunAutomaton automaton) {
    static Wanted terms(String field, Set<String> any) {
      return new Wanted(field, List.of(any), new int[] {0}, 0, null);
    }

    /** Adds the character spans of its matches in {@code t} to {@code marks}. */
    void mark(Tokens t, List<int[]> marks) {
      if (automaton != null) {
        for (int i = 0; i < t.size; i++) {
          BytesRef b = new BytesRef(t.terms[i]);
          if (automaton.run(b.bytes, b.offset, b.length)) {
            marks.add(new int[] {t.starts[i], t.ends[i]});
          }
        }
        return;
      }
      if (positions.size() == 1) {
        for (int i = 0; i < t.size; i++) {
          if (positions.get(0).contains(t.terms[i])) {
            marks.add(new int[] {t.starts[i], t.ends[i]});
          }
        }
        return;
      }
      if (slop > 0) { // words near each other: marked where they stand, when the text has every one
        List<int[]> found = new ArrayList<>();
        for (Set<String> alternatives : positions) {
          int before = found.size();
          for (int i = 0; i < t.size; i++) {
            if (alternatives.contains(t.terms[i])) {
              found.add(new int[] {t.starts[i], t.ends[i]});
            }
          }
          if (found.size() == before) {
            return;
          }
        }
        marks.addAll(found);
        return;
      }
      for (int i = 0; i < t.size; i++) { // an exact phrase: every position at its place after the first
        if (!positions.get(0).contains(t.terms[i])) {
          continue;
        }
        int[] chosen = new int[positions.size()];
        chosen[0] = i;
        boolean all = true;
        for (int k = 1; k < positions.size() && all; k++) {
          int at = t.positions[i] + offsets[k] - offsets[0];
          chosen[k] = t.find(at, positions.get(k));
          all = chosen[k] >= 0;
        }
        if (all) {
          for (int c : chosen) {
            marks.add(new int[] {t.starts[c], t.ends[c]});
          }
        }
      }
    }
  }

  /** The terms and phrases of {@code q}, leaving out what it excludes. */
  private static void collect(Query q, List<Wanted> out) {
    if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
          collect(c.getQuery(), out);
        }
      }
    } else if (q instanceof DisjunctionMaxQuery d) {
      d.getDisjuncts().forEach(x -> collect(x, out));
    } else if (q instanceof BoostQuery b) {
      collect(b.getQuery(), out);
    } else if (q instanceof ConstantScoreQuery c) {
      collect(c.getQuery(), out);
    } else if (q instanceof TermQuery t) {
      out.add(Wanted.terms(t.getTerm().field(), Set.of(t.getTerm().text())));
    } else if (q instanceof SynonymQuery s) {
      Set<String> any = new HashSet<>();
      s.getTerms().forEach(t -> any.add(t.text()));
      out.add(Wanted.terms(s.getField(), any));
    } else if (q instanceof PhraseQuery p && p.getTerms().length > 0) {
      List<Set<String>> positions = new ArrayList<>();
      for (Term t : p.getTerms()) {
        positions.add(Set.of(t.text()));
      }
      out.add(new Wanted(p.getField(), positions, p.getPositions(), p.getSlop(), null));
    } else if (q instanceof MultiPhraseQuery m && m.getTermArrays().length > 0) {
      List<Set<String>> positions = new ArrayList<>();
      String field = null;
      for (Term[] alternatives : m.getTermArrays()) {
        Set<String> any = new HashSet<>();
        for (Term t : alternatives) {
          any.add(t.text());
          field = t.field();
        }
        positions.add(any);
      }
      out.add(new Wanted(field, positions, m.getPositions(), m.getSlop(), null));
    } else {
      q.visit(new QueryVisitor() { // prefix, wildcard, fuzzy and anything else: its terms
        @Override
        public void consumeTerms(Query query, Term... terms) {
          for (Term t : terms) {
            out.add(Wanted.terms(t.field(), Set.of(t.text())));
          }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
          out.add(new Wanted(field, List.of(), new int[0], 0, automaton.get()));
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }
      });
    }
  }

  /**
   * The fields worth analysing for {@code wanted}. smartcn's words are left out when the query asks
   * them only for single characters (fragments such as 將 or 為 of a query cut mid-word): analysing
   * a paragraph with smartcn costs more than the rest of a search, and such a character is not what
   * a reader looks for in a passage.
   */
  private static Set<String> fieldsOf(List<Wanted> wanted) {
    Set<String> fields = new HashSet<>();
    for (Wanted w : wanted) {
      boolean worthIt = !TEXT.equals(w.field()) || w.automaton() != null || w.positions().size() > 1
          || w.positions().get(0).stream().anyMatch(t -> t.codePointCount(0, t.length()) > 1);
      if (worthIt) {
        fields.add(w.field());
      }
    }
    return fields;
  }

  // --------------------------------------------------------------------------------- the text

  /** A text analysed as one field of the index: each token's term, position and characters. */
  private static final class Tokens {
    String[] terms = new String[64];
    int[] positions = new int[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    int size;
    private Map<Integer, int[]> byPosition;

    static Tokens of(Analyzer analyzer, String field, String text) throws IOException {
      Tokens t = new Tokens();
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        int position = -1;
        while (ts.incrementToken()) {
          position += increment.getPositionIncrement();
          t.add(term.toString(), position, offset.startOffset(), offset.endOffset());
        }
        ts.end();
      }
      return t;
    }

    private void add(String term, int position, int start, int end) {
      if (size == terms.length) {
        terms = Arrays.copyOf(terms, size * 2);
        positions = Arrays.copyOf(positions, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      terms[size] = term;
      positions[size] = position;
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    /** The token at {@code position} that is one of {@code alternatives}, or -1. */
    int find(int position, Set<String> alternatives) {
      if (byPosition == null) {
        byPosition = new HashMap<>();
        for (int i = 0; i < size; i++) {
          int[] old = byPosition.get(positions[i]);
          int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
          now[now.length - 1] = i;
          byPosition.put(positions[i], now);
        }
      }
      int[] at = byPosition.get(position);
      if (at != null) {
        for (int i : at) {
          if (alternatives.contains(terms[i])) {
            return i;
          }
        }
      }
      return -1;
    }
  }

  /** Marks in text order, overlapping ones merged into one. */
  private static List<int[]> merge(List<int[]> marks) {
    marks.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] m : marks) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && m[0] < last[1]) {
        last[1] = Math.max(last[1], m[1]);
      } else if (m[1] > m[0]) {
        out.add(new int[] {m[0], m[1]});
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------------- passages

  /**
   * The whole text when it is short; else up to {@link #MAX_PASSAGES} passages of whole sentences
   * around the marks, about {@link #PASSAGE_LENGTH} characters each, those with most marks, in
   * text order.
   */
  private static List<String> passages(String text, List<int[]> marks) {
    if (text.length() <= PASSAGE_LENGTH) {
      return List.of(format(text, 0, text.length(), marks));
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    List<int[]> spans = new ArrayList<>(); // {start, end, marks}
    int coveredTo = -1;
    for (int[] m : marks) {
      if (m[0] < coveredTo) {
        continue; // inside the previous passage
      }
      int start = sentences.preceding(Math.min(m[0] + 1, text.length()));
      start = start == BreakIterator.DONE ? 0 : start;
      int end = sentences.following(Math.max(m[1] - 1, 0));
      end = end == BreakIterator.DONE ? text.length() : end;
      while (end - start < PASSAGE_LENGTH) { // grow by whole sentences towards the length, after first
        int next = end < text.length() ? sentences.following(end) : BreakIterator.DONE;
        int previous = start > 0 ? sentences.preceding(start) : BreakIterator.DONE;
        if (next != BreakIterator.DONE && Math.abs(next - start - PASSAGE_LENGTH) < PASSAGE_LENGTH - (end - start)) {
          end = next;
        } else if (previous != BreakIterator.DONE && Math.abs(end - previous - PASSAGE_LENGTH) < PASSAGE_LENGTH - (end - start)) {
          start = previous;
        } else {
          break;
        }
      }
      int count = 0;
      for (int[] other : marks) {
        if (other[0] >= start && other[1] <= end) {
          count++;
        }
      }
      spans.add(new int[] {start, end, count});
      coveredTo = end;
    }
    List<int[]> best = new ArrayList<>(spans);
    best.sort((a, b) -> a[2] != b[2] ? Integer.compare(b[2], a[2]) : Integer.compare(a[0], b[0]));
    best = new ArrayList<>(best.subList(0, Math.min(MAX_PASSAGES, best.size())));
    best.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<String> out = new ArrayList<>(best.size());
    for (int[] s : best) {
      out.add(format(text, s[0], s[1], marks));
    }
    return out;
  }

  /** {@code text[from, to)} as escaped HTML, stripped, with {@code <mark>} around the marks in it. */
  private static String format(String text, int from, int to, List<int[]> marks) {
    StringBuilder sb = new StringBuilder(to - from + 32);
    int pos = from;
    for (int[] m : marks) {
      int start = Math.max(m[0], pos);
      int end = Math.min(m[1], to);
      if (end <= start) {
        continue;
      }
      Html.escape(sb, text, pos, start);
      sb.append("<mark>");
      Html.escape(sb, text, start, end);
      sb.append("</mark>");
      pos = end;
    }
    Html.escape(sb, text, pos, to);
    return sb.toString().strip();
  }
}
