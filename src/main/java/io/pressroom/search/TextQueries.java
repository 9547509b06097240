package io.pressroom.search;

import static io.pressroom.store.Fields.CONTEXT;
import static io.pressroom.store.Fields.CONTEXT_EN;
import static io.pressroom.store.Fields.TEXT;
import static io.pressroom.store.Fields.TEXT_BIGRAM;
import static io.pressroom.store.Fields.TEXT_EN;

import io.pressroom.text.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The query of the words a user typed, outside quotes: the rule README's "How search works"
 * describes.
 *
 * <ul>
 *   <li>A run of words is cut into units: glossary terms (longest first; a Chinese term counts
 *       inside a longer word, 綠色金融產品 holds 綠色金融), then smartcn's words of the rest, as the
 *       index cuts them; characters smartcn leaves single and that stand together (李家超) are one
 *       unit, matched only where they stand together; one character left single beside a word of
 *       the query (培 in 人才培) also matches where it stands beside that word's character, as a
 *       query cut mid-word asks; question words and particles are dropped.
 *   <li>A unit matches its words in the paragraph (Chinese as character bigrams, so inside longer
 *       words too; English stemmed), its glossary translations at a lower weight, and — when the
 *       query has several units — the paragraph's context (the release's headline, the
 *       paragraph's section heading and the names of the conference session) at a lower weight
 *       still. A match of the words as typed gets a
 *       constant bonus, so it ranks above any match of a translation.
 *   <li>Every unit is required, and at least one must match the paragraph's own text; relaxed
 *       (when that finds little) all but one of up to four units, three quarters of more. Units
 *       standing together in the query's order, and each run's exact phrase, add to the score.
 * </ul>
 */
final class TextQueries {
  /** Added to the score of a unit matched as typed, above any translation's score. */
  static final float TYPED_BONUS = 10f;
  /** Weight of a glossary translation relative to the words as typed. */
  static final float TRANSLATION_WEIGHT = 0.5f;
  /** Weight of a match in the paragraph's context (headline, section heading). */
  static final float CONTEXT_WEIGHT = 0.3f;
  /** Boost of a run's exact phrase, and of its units standing together in order. */
  static final float PHRASE_BOOST = 2f;
  static final float PROXIMITY_BOOST = 1f;
  /** How far apart (in characters or words) units may stand and still count as together. */
  static final int PROXIMITY_SLOP = 8;

  private final Analyzer analyzer;
  private final Glossary glossary;
  private final QueryBuilder builder;
  private final Set<String> stopwords = stopwords();

  TextQueries(Analyzer analyzer, Glossary glossary) {
    this.analyzer = analyzer;
    this.glossary = glossary;
    this.builder = new QueryBuilder(analyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * What a run of words asks for: one unit per word, name or glossary term. A pair of single
   * characters (港滬, 粵港) is two places' short names, written in either order.
   */
  private record Unit(String text, boolean han, Glossary.Entry entry, boolean pair, String attached) {
    Unit(String text, boolean han, Glossary.Entry entry) {
      this(text, han, entry, false, null);
    }

    /** The pair in the other order: 港滬 for 滬港. */
    String swapped() {
      int second = text.offsetByCodePoints(0, 1);
      return text.substring(second) + text.substring(0, second);
    }
  }

  /** The query of a run of unquoted words, or null when nothing in it is searchable. */
  Query words(String run, boolean relaxed) {
    return words(run, units(run), relaxed);
  }

  /** The query of a run of words and whether relaxing could match more (it has several units). */
  record Run(Query query, boolean relaxable) {}

  /** {@link #words} and whether relaxing the run could match more, cutting the run into units once. */
  Run run(String run, boolean relaxed) {
    List<Unit> units = units(run);
    return new Run(words(run, units, relaxed), units.size() > 1);
  }

  private Query words(String run, List<Unit> units, boolean relaxed) {
    if (units.isEmpty()) {
      return null;
    }
    List<Query> unitQueries = new ArrayList<>();
    List<Query> textOnly = new ArrayList<>();
    boolean several = units.size() > 1;
    for (Unit u : units) {
      Query text = unitText(u);
      if (text == null) {
        continue;
      }
      textOnly.add(text);
      Query context = several ? unitContext(u) : null;
      unitQueries.add(context == null ? text : new DisjunctionMaxQuery(List.of(text, context), 0f));
    }
    if (unitQueries.isEmpty()) {
      return null;
    }
    if (unitQueries.size() == 1) {
      Query only = unitQueries.get(0);
      Query context = unitContext(units.get(0));
      if (context == null) {
        return only;
      }
      return new BooleanQuery.Builder().add(only, Occur.MUST).add(context, Occur.SHOULD).build();
    }
    BooleanQuery.Builder matched = new BooleanQuery.Builder();
    unitQueries.forEach(q -> matched.add(q, relaxed ? Occur.SHOULD : Occur.MUST));
    if (relaxed) {
      matched.setMinimumNumberShouldMatch(minimumShouldMatch(unitQueries.size()));
    }
    BooleanQuery.Builder anyText = new BooleanQuery.Builder();
    textOnly.forEach(q -> anyText.add(q, Occur.SHOULD));
    BooleanQuery.Builder all = new BooleanQuery.Builder()
        .add(matched.build(), Occur.MUST)
        .add(new org.apache.lucene.search.ConstantScoreQuery(anyText.build()), Occur.FILTER);
    for (Query boost : togetherness(run, units)) {
      all.add(boost, Occur.SHOULD);
    }
    return all.build();
  }

  /** How many of {@code n} units a relaxed run must match: all but one of up to four, three quarters of more. */
  static int minimumShouldMatch(int n) {
    if (n <= 1) {
      return n;
    }
    if (n <= 4) {
      return n - 1;
    }
    return (int) Math.ceil(n * 0.75);
  }

  /** A quoted phrase: exact, over every representation of the text, with its translations. */
  Query phrase(String text, int slop) {
    Query typed = representations(text, slop);
    if (typed == null) {
      return null;
    }
    Glossary.Entry entry = entryOf(text);
    return withTranslations(new ScoreBonusQuery(typed, TYPED_BONUS), entry, text, slop, false);
  }

  // ------------------------------------------------------------------------------------- units

  private List<Unit> units(String run) {
    List<String> words = List.of(run.strip().split("\\s+"));
    List<Unit> units = new ArrayList<>();
    int i = 0;
    for (Glossary.Match m : glossary.findEnglish(words)) {
      for (; i < m.start(); i++) {
        addWordUnits(units, words.get(i));
      }
      units.add(new Unit(String.join(" ", words.subList(m.start(), m.end())), false, m.entry()));
      i = m.end();
    }
    for (; i < words.size(); i++) {
      addWordUnits(units, words.get(i));
    }
    List<Unit> content = units.stream().filter(u -> !stopwords.contains(fold(u.text()))).toList();
    return content.isEmpty() ? units : content;
  }

  /** The units of one whitespace-free word: glossary terms, smartcn words, names, Latin words. */
  private void addWordUnits(List<Unit> units, String word) {
    if (!ChineseScript.hasHan(word)) {
      if (!word.isBlank() && latinQuery(word, 0) != null) { // English stop words ask for nothing
        units.add(new Unit(word, false, entryOf(word)));
      }
      return;
    }
    int at = 0;
    for (Glossary.TextMatch m : glossary.findChineseWithin(word)) {
      addSegmentUnits(units, word, at, m.start());
      units.add(new Unit(word.substring(m.start(), m.end()), true, m.entry()));
      at = m.end();
    }
    addSegmentUnits(units, word, at, word.length());
  }

  /** smartcn's words of {@code word[from, to)}; single characters that stand together become one unit. */
  private void addSegmentUnits(List<Unit> units, String word, int from, int to) {
    String text = word.substring(from, to);
    if (text.isBlank()) {
      return;
    }
    StringBuilder singles = new StringBuilder();
    int singlesStart = -1;
    int singlesEnd = -1;
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String original = text.substring(offset.startOffset(), offset.endOffset());
        boolean han = ChineseScript.hasHan(original);
        boolean single = han && original.codePointCount(0, original.length()) == 1;
        if (single && (singles.length() == 0 || offset.startOffset() == singlesEnd)) {
          singlesStart = singles.length() == 0 ? offset.startOffset() : singlesStart;
          singles.append(original);
          singlesEnd = offset.endOffset();
          continue;
        }
        flushSingles(units, singles, word, from + singlesStart, from + singlesEnd);
        if (single) {
          singlesStart = offset.startOffset();
          singles.append(original);
          singlesEnd = offset.endOffset();
        } else if (han) {
          units.add(new Unit(original, true, entryOf(original)));
        } else if (term.length() > 0) {
          units.add(new Unit(original, false, entryOf(original)));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    flushSingles(units, singles, word, from + singlesStart, from + singlesEnd);
  }

  /**
   * The single characters that stand together in {@code word[start, end)} as one unit. One
   * character alone beside a word of the query (培 in 人才培, 學 in 學法律) is most often a word cut
   * short, written as it stands: it also matches where it stands beside that character, as a bigram.
   */
  private void flushSingles(List<Unit> units, StringBuilder singles, String word, int start, int end) {
    if (singles.length() > 0) {
      String s = singles.toString();
      int n = s.codePointCount(0, s.length());
      String attached = null;
      if (n == 1) {
        if (start > 0 && Character.isIdeographic(word.codePointBefore(start))) {
          attached = word.substring(word.offsetByCodePoints(start, -1), end);
        } else if (end < word.length() && Character.isIdeographic(word.codePointAt(end))) {
          attached = word.substring(start, word.offsetByCodePoints(end, 1));
        }
      }
      units.add(new Unit(s, true, entryOf(s), n == 2, attached));
      singles.setLength(0);
    }
  }

  private Glossary.Entry entryOf(String text) {
    if (ChineseScript.hasHan(text)) {
      return glossary.findChinese(text).orElse(null);
    }
    List<String> words = List.of(text.strip().split("\\s+"));
    return glossary.findEnglish(words).stream()
        .filter(m -> m.start() == 0 && m.end() == words.size())
        .map(Glossary.Match::entry)
        .findFirst()
        .orElse(null);
  }

  // ----------------------------------------------------------------------------------- queries

  /** A unit in the paragraph's own text: as typed (with the bonus), or translated. */
  private Query unitText(Unit u) {
    Query typed = u.han() ? hanQuery(TEXT_BIGRAM, u.text()) : latinQuery(u.text(), 0);
    if (u.pair() && typed != null) {
      Query swapped = hanQuery(TEXT_BIGRAM, u.swapped());
      typed = swapped == null ? typed : new DisjunctionMaxQuery(List.of(typed, swapped), 0f);
    }
    if (u.attached() != null && typed != null) {
      Query beside = field(TEXT_BIGRAM, u.attached(), 0);
      typed = beside == null ? typed : new DisjunctionMaxQuery(List.of(typed, beside), 0f);
    }
    if (typed == null) {
      return null;
    }
    return withTranslations(new ScoreBonusQuery(typed, TYPED_BONUS), u.entry(), u.text(), 0, false);
  }

  /** A unit in the paragraph's context: the headline and section heading, as typed or translated. */
  private Query unitContext(Unit u) {
    Query typed = u.han() ? field(CONTEXT, u.text(), 0) : field(CONTEXT_EN, u.text(), 0);
    if (u.pair() && typed != null) {
      Query swapped = field(CONTEXT, u.swapped(), 0);
      typed = swapped == null ? typed : new DisjunctionMaxQuery(List.of(typed, swapped), 0f);
    }
    if (typed == null) {
      return null;
    }
    Query q = withTranslations(typed, u.entry(), u.text(), 0, true);
    return new BoostQuery(q, CONTEXT_WEIGHT);
  }

  /** {@code typed} or, at a lower weight, a glossary translation of {@code text}. */
  private Query withTranslations(Query typed, Glossary.Entry entry, String text, int slop, boolean context) {
    if (entry == null) {
      return typed;
    }
    List<Query> alternatives = new ArrayList<>();
    alternatives.add(typed);
    Set<String> seen = new HashSet<>();
    seen.add(fold(text));
    String typedText = fold(text);
    for (String term : concat(entry.english(), entry.chinese())) {
      if (!seen.add(fold(term))) {
        continue;
      }
      if (ChineseScript.hasHan(term) && fold(term).contains(typedText)) {
        continue; // 金融服務 for 金融: every paragraph it matches, the words as typed match already
      }
      boolean han = ChineseScript.hasHan(term);
      Query q = context
          ? field(han ? CONTEXT : CONTEXT_EN, term, slop)
          : han ? hanQuery(TEXT_BIGRAM, term) : latinQuery(term, slop);
      if (q != null) {
        alternatives.add(new BoostQuery(q, TRANSLATION_WEIGHT));
      }
    }
    return alternatives.size() == 1 ? typed : new DisjunctionMaxQuery(alternatives, 0f);
  }

  /** Chinese as bigrams (a phrase of them, or one term for two characters); one character as smartcn's word. */
  private Query hanQuery(String bigramField, String text) {
    if (text.codePointCount(0, text.length()) == 1) {
      return field(TEXT, text, 0);
    }
    return field(bigramField, text, 0);
  }

  /**
   * A Latin word or phrase: stemmed English in English paragraphs, or as written inside Chinese
   * text (RCEP, 2024) — where the bigram field keeps Latin words whole; smartcn's words only for the
   * names it alone keeps whole (M+, C++, C#).
   */
  private Query latinQuery(String text, int slop) {
    boolean joined = text.contains("+") || text.contains("#");
    Query english = field(TEXT_EN, text, slop);
    if (english == null && !text.chars().anyMatch(Character::isDigit) && !joined) {
      return null; // English stop words only ("the", "of")
    }
    Query asWritten = field(joined ? TEXT : TEXT_BIGRAM, text, slop);
    if (english == null) {
      return asWritten;
    }
    return asWritten == null ? english : new DisjunctionMaxQuery(List.of(english, asWritten), 0.1f);
  }

  /** Every representation of a quoted phrase: smartcn words, bigrams, English. */
  private Query representations(String text, int slop) {
    List<Query> alternatives = new ArrayList<>();
    boolean latin = UserQueryParser.hasLatinLetter(text);
    Query english = latin ? field(TEXT_EN, text, slop) : null;
    if (english == null && latin && !ChineseScript.hasHan(text) && !UserQueryParser.hasDigit(text)) {
      return null;
    }
    addIfNotNull(alternatives, field(TEXT, text, slop), 1f);
    if (ChineseScript.hasHan(text)) {
      addIfNotNull(alternatives, field(TEXT_BIGRAM, text, slop), 0.9f);
    }
    addIfNotNull(alternatives, english, 1f);
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /**
   * What adds to the score when the query's words stand together: each run's exact phrase (of its
   * Chinese), and its Chinese units, or its English words, in order within {@link #PROXIMITY_SLOP}.
   */
  private List<Query> togetherness(String run, List<Unit> units) {
    List<Query> out = new ArrayList<>();
    for (String word : run.strip().split("\\s+")) {
      if (ChineseScript.hasHan(word) && word.codePointCount(0, word.length()) > 2) {
        Query exact = field(TEXT_BIGRAM, word, 0);
        if (exact != null) {
          out.add(new BoostQuery(exact, PHRASE_BOOST));
        }
      }
    }
    PhraseQuery.Builder han = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
    int hanUnits = 0;
    int position = 0;
    PhraseQuery.Builder latin = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
    int latinUnits = 0;
    int latinPosition = 0;
    for (Unit u : units) {
      if (u.han() && u.text().codePointCount(0, u.text().length()) < 2) {
        continue; // a lone character is no bigram where it stands among others
      }
      List<String> terms = terms(u.han() ? TEXT_BIGRAM : TEXT_EN, u.text());
      if (terms.isEmpty()) {
        continue;
      }
      if (u.han()) {
        for (int i = 0; i < terms.size(); i++) {
          han.add(new Term(TEXT_BIGRAM, terms.get(i)), position + i);
        }
        position += terms.size() + 1;
        hanUnits++;
      } else {
        for (String t : terms) {
          latin.add(new Term(TEXT_EN, t), latinPosition++);
        }
        latinUnits++;
      }
    }
    if (hanUnits > 1) {
      out.add(new BoostQuery(han.build(), PROXIMITY_BOOST));
    }
    if (latinUnits > 1) {
      out.add(new BoostQuery(latin.build(), PROXIMITY_BOOST));
    }
    return out;
  }

  private List<String> terms(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private Query field(String field, String text, int slop) {
    return builder.createPhraseQuery(field, text, slop);
  }

  private static void addIfNotNull(List<Query> list, Query q, float boost) {
    if (q != null) {
      list.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(a));
    out.addAll(b);
    return out;
  }

  private static String fold(String s) {
    return ChineseScript.toSimplified(s.strip().toLowerCase(Locale.ROOT));
  }

  private static Set<String> stopwords() {
    Set<String> out = new HashSet<>();
    try (InputStream in = TextQueries.class.getResourceAsStream("query-stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource query-stopwords.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
