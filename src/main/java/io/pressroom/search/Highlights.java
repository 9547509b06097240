package io.pressroom.search;

import static io.pressroom.store.Fields.TEXT;
import static io.pressroom.store.Fields.TEXT_BIGRAM;
import static io.pressroom.store.Fields.TEXT_EN;

import io.pressroom.model.Paragraph;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlight passages: the original paragraph text, HTML-escaped, with {@code <mark>} around the
 * matches of any of the three text representations. Each hit's text is analysed into a
 * one-document {@link MemoryIndex} with offsets, as the index analyses it, whichever backend found
 * the hit; the analysis is length-preserving, so marks land on the characters as written
 * (Traditional, Simplified or Latin). Short paragraphs come back whole; long ones as passages of
 * about 300 characters.
 *
 * <p>Matches come from the query's terms and phrases, not from Lucene's weight matches: building a
 * scorer per highlighted document cost ~70% of a search with facets and highlights (34 ms vs 10 ms
 * for {@code "Belt and Road"} on 10k paragraphs), and overlapping bigram matches are merged into
 * one mark by {@link MarkFormatter} anyway.
 */
public final class Highlights {
  static final int MAX_PASSAGES = 3;
  private static final int PASSAGE_LENGTH = 300;
  private static final int MAX_ANALYZED_CHARS = 100_000;

  private Highlights() {}

  /**
   * A highlighter of field {@code primary} that marks the matches of {@code others} too (the
   * fields hold the same characters), from the postings of {@code searcher}'s one document.
   */
  private static UnifiedHighlighter.Builder builder(org.apache.lucene.search.IndexSearcher searcher, Analyzer analyzer,
      String primary, Set<String> others) {
    return UnifiedHighlighter.builder(searcher, analyzer)
            .withMaskedFieldsFunc(f -> primary.equals(f) ? others : Set.of())
            .withWeightMatches(false)
            .withFormatter(new MarkFormatter())
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .withMaxLength(MAX_ANALYZED_CHARS)
            .withMaxNoHighlightPassages(0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> passages(Object[] formatted, int i) {
    return formatted == null || formatted[i] == null ? List.of() : (List<String>) formatted[i];
  }

  /** Highlight passages for each paragraph, in their order. */
  public static List<List<String>> forParagraphs(Analyzer analyzer, Query textQuery, List<Paragraph> paragraphs)
      throws IOException {
    List<List<String>> out = new ArrayList<>(paragraphs.size());
    Query marked = ScoreBonusQuery.withoutBonus(textQuery);
    Set<String> queried = fieldsOf(marked);
    for (Paragraph p : paragraphs) {
      List<String> fields = new ArrayList<>();
      MemoryIndex index = new MemoryIndex(true, false);
      for (String field : io.pressroom.store.Fields.textFieldsOf(p)) {
        if (queried.contains(field)) { // a field the query does not ask is not worth analysing
          index.addField(field, p.text(), analyzer);
          fields.add(field);
        }
      }
      if (fields.isEmpty()) {
        out.add(List.of()); // matched by its context (headline, section), not by its own words
        continue;
      }
      String primary = fields.get(0);
      UnifiedHighlighter.Builder b =
          builder(index.createSearcher(), analyzer, primary, Set.copyOf(fields.subList(1, fields.size())));
      Object[] formatted = new Highlighter(b, p.text(), primary).highlight(marked, new int[] {0});
      out.add(passages(formatted, 0));
    }
    return out;
  }

  /**
   * The fields whose terms {@code q} matches. smartcn's words are left out when the query asks them
   * only for single characters (fragments such as 將 or 為 of a query cut mid-word): analysing a
   * paragraph with smartcn costs more than the rest of a search, and such a character is not what a
   * reader looks for in a passage.
   */
  private static Set<String> fieldsOf(Query q) {
    Set<String> fields = new java.util.HashSet<>();
    boolean[] wordsWorthIt = {false};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!TEXT.equals(field)) {
          fields.add(field);
        }
        return TEXT.equals(field);
      }

      @Override
      public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
        for (org.apache.lucene.index.Term t : terms) {
          if (TEXT.equals(t.field()) && t.text().codePointCount(0, t.text().length()) > 1) {
            wordsWorthIt[0] = true;
          }
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        wordsWorthIt[0] |= TEXT.equals(field); // a prefix, wildcard or fuzzy query on the words
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    if (wordsWorthIt[0]) {
      fields.add(TEXT);
    }
    return fields;
  }

  /** Exposes the per-document formatter objects (lists of passages) of {@code text}. */
  private static final class Highlighter extends UnifiedHighlighter {
    private final String text;
    private final String field;

    Highlighter(Builder b, String text, String field) {
      super(b);
      this.text = text;
      this.field = field;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      while (docIter.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        values.add(new CharSequence[] {text});
      }
      return values;
    }

    Object[] highlight(Query q, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, q, docIds, new int[] {MAX_PASSAGES}).get(field);
    }
  }

  /** Formats passages as escaped HTML with {@code <mark>}; overlapping matches are merged. */
  static final class MarkFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<String> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        StringBuilder sb = new StringBuilder();
        int pos = p.getStartOffset();
        int i = 0;
        while (i < p.getNumMatches()) {
          int start = Math.max(p.getMatchStarts()[i], pos);
          int end = p.getMatchEnds()[i];
          i++;
          while (i < p.getNumMatches() && p.getMatchStarts()[i] < end) {
            end = Math.max(end, p.getMatchEnds()[i]);
            i++;
          }
          if (end <= start) {
            continue;
          }
          escape(sb, content, pos, start);
          sb.append("<mark>");
          escape(sb, content, start, end);
          sb.append("</mark>");
          pos = end;
        }
        escape(sb, content, pos, p.getEndOffset());
        out.add(sb.toString().strip());
      }
      return out;
    }

    /** Appends {@code s[from, to)} with HTML's special characters escaped. */
    static void escape(StringBuilder sb, String s, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        switch (c) {
          case '&' -> sb.append("&amp;");
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '"' -> sb.append("&quot;");
          case '\'' -> sb.append("&#39;");
          default -> sb.append(c);
        }
      }
    }
  }
}
