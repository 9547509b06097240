package io.pressroom.search;

import static io.pressroom.store.Fields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns what a user typed into a Lucene query.
 *
 * <p>Syntax is Lucene's classic one — words, {@code "phrases"}, AND/OR/NOT, {@code -exclusion},
 * {@code field:value} for the filterable fields — with AND as the default operator. Every word or
 * phrase becomes a disjunction over the three representations of the text (smartcn words, CJK
 * bigrams, English), each as a phrase so that a name smartcn splits into single characters still
 * matches only where its characters stand together. A query that does not parse (or uses a form
 * this service refuses, like leading wildcards or regular expressions) is searched literally, word
 * by word, with a notice saying so.
 */
public final class UserQueryParser {
  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  private static final Set<String> FILTER_FIELDS =
      Set.of(AREA, KIND, AGREEMENT, RELEASE, LANG, YEAR, CONFERENCE, SESSION, ORGANISATION);

  /** Weight of a glossary translation relative to the words the user typed. */
  static final float SYNONYM_WEIGHT = 0.5f;

  private final Analyzer analyzer;
  private final Function<String, String> areaResolver;
  private final Glossary glossary;

  /**
   * @param analyzer the per-field analyzer of the index
   * @param areaResolver maps an area name (any script or language) to its id; throws
   *     InvalidRequestException for an unknown area
   * @param glossary English ↔ Chinese terms added to a query as lower-weighted alternatives
   */
  public UserQueryParser(Analyzer analyzer, Function<String, String> areaResolver, Glossary glossary) {
    this.analyzer = analyzer;
    this.areaResolver = areaResolver;
    this.glossary = glossary;
  }

  /** The parsed query, and notices for the user about how it was understood. */
  public record Parsed(Query query, List<String> notices) {}

  /**
   * Parses {@code text}. Returns a null query for a blank text, throws InvalidRequestException
   * when nothing searchable is left.
   */
  public Parsed parse(String text) {
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q", "query is " + text.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    if (text.isBlank()) {
      return new Parsed(null, List.of());
    }
    List<String> notices = new ArrayList<>();
    Query q;
    try {
      q = newParser().parse(text);
    } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      notices.add("The query could not be read as search syntax (" + reason(e) + "); its words were searched literally.");
      q = literal(text);
    }
    if (q == null) {
      throw new InvalidRequestException("q", "the query '" + text + "' contains no searchable words");
    }
    return new Parsed(withPositiveClause(q), notices);
  }

  private Parser newParser() {
    Parser p = new Parser(analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    // Runs of plain words reach getFieldQuery together, so multi-word glossary terms are seen.
    p.setSplitOnWhitespace(false);
    p.setAllowLeadingWildcard(false);
    return p;
  }

  /** Every whitespace-separated word of {@code text}, required, with no syntax. */
  private Query literal(String text) {
    return newParser().words(text);
  }

  /** A query of only exclusions matches nothing in Lucene; users mean "everything except". */
  private static Query withPositiveClause(Query q) {
    if (q instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
      for (BooleanClause c : bq.clauses()) {
        b.add(c);
      }
      return b.build();
    }
    return q;
  }

  private static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().findFirst().orElse(m);
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  /** The classic parser with Pressroom's meaning of fields and term forms. */
  private final class Parser extends QueryParser {
    Parser(Analyzer analyzer) {
      super(TEXT, analyzer);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (TEXT.equals(field)) {
        return quoted ? withTranslations(textQuery(queryText, 0), queryText) : words(queryText);
      }
      return filterQuery(field, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (TEXT.equals(field)) {
        return withTranslations(textQuery(queryText, slop), queryText);
      }
      return filterQuery(field, queryText);
    }

    /**
     * A run of unquoted words, all required: each glossary term in it (longest first) is one unit
     * with its translations, every other word a unit of its own.
     */
    Query words(String run) {
      List<String> words = List.of(run.trim().split("\\s+"));
      List<Query> units = new ArrayList<>();
      int i = 0;
      for (Glossary.Match m : glossary.findEnglish(words)) {
        for (; i < m.start(); i++) {
          addIfNotNull(units, withTranslations(textQuery(words.get(i), 0), words.get(i)), 1f);
        }
        String term = String.join(" ", words.subList(m.start(), m.end()));
        addIfNotNull(units, withTranslations(textQuery(term, 0), m.entry()), 1f);
        i = m.end();
      }
      for (; i < words.size(); i++) {
        addIfNotNull(units, withTranslations(textQuery(words.get(i), 0), words.get(i)), 1f);
      }
      if (units.size() <= 1) {
        return units.isEmpty() ? null : units.get(0);
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      units.forEach(u -> b.add(u, Occur.MUST));
      return b.build();
    }

    /** {@code typed} or, with lower weight, its glossary translations when it is a glossary term. */
    private Query withTranslations(Query typed, String text) {
      if (typed == null) {
        return null;
      }
      Optional<Glossary.Entry> entry = hasHan(text)
          ? glossary.findChinese(text)
          : glossary.findEnglish(List.of(text.trim().split("\\s+"))).stream()
              .filter(m -> m.start() == 0 && m.end() == text.trim().split("\\s+").length)
              .map(Glossary.Match::entry)
              .findFirst();
      return entry.map(e -> withTranslations(typed, e)).orElse(typed);
    }

    private Query withTranslations(Query typed, Glossary.Entry entry) {
      if (typed == null) {
        return null;
      }
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(typed);
      Set<String> seen = new java.util.HashSet<>();
      for (String term : concat(entry.english(), entry.chinese())) {
        if (seen.add(normalizeTerm(term))) {
          addIfNotNull(alternatives, textQuery(term, 0), SYNONYM_WEIGHT);
        }
      }
      return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private String normalizeTerm(String term) {
      return io.pressroom.text.ChineseScript.toSimplified(term.toLowerCase(java.util.Locale.ROOT));
    }

    /** One word or phrase over the representations of the text that can match it. */
    Query textQuery(String queryText, int slop) {
      Query english = hasLatinLetter(queryText) ? newFieldQuery(TEXT_EN, queryText, slop) : null;
      if (english == null && hasLatinLetter(queryText) && !hasHan(queryText) && !hasDigit(queryText)) {
        return null; // English stop words only ("the", "of"): nothing to require
      }
      List<Query> alternatives = new ArrayList<>();
      addIfNotNull(alternatives, newFieldQuery(TEXT, queryText, slop), 1.0f);
      if (hasHan(queryText)) {
        addIfNotNull(alternatives, newFieldQuery(TEXT_BIGRAM, queryText, slop), 0.9f);
      }
      addIfNotNull(alternatives, english, 1.0f);
      if (alternatives.isEmpty()) {
        return null;
      }
      return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query newFieldQuery(String field, String text, int slop) {
      return createFieldQuery(getAnalyzer(), Occur.MUST, field, text, true, slop);
    }

    private void addIfNotNull(List<Query> list, Query q, float boost) {
      if (q != null) {
        list.add(boost == 1.0f ? q : new org.apache.lucene.search.BoostQuery(q, boost));
      }
    }

    private Query filterQuery(String field, String value) throws ParseException {
      if (!FILTER_FIELDS.contains(field)) {
        throw new ParseException(
            "unknown field '" + field + "' (fields: area, kind, agreement, release, lang, year, conference, session, organisation)");
      }
      String term = switch (field) {
        case AREA -> areaResolver.apply(value);
        case KIND -> io.pressroom.model.Kind.fromId(value).id();
        default -> value;
      };
      return new ConstantScoreQuery(new TermQuery(new Term(field, term)));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      requireText(field, "prefix");
      return new PrefixQuery(new Term(TEXT, normalize(termStr)));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      requireText(field, "wildcard");
      if (termStr.startsWith("*") || termStr.startsWith("?")) {
        throw new ParseException("leading wildcards are not supported");
      }
      return new WildcardQuery(new Term(TEXT, normalize(termStr)));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      requireText(field, "fuzzy");
      int edits = Math.max(0, Math.min(FuzzyQuery.defaultMaxEdits, Math.round(minSimilarity)));
      return new FuzzyQuery(new Term(TEXT, normalize(termStr)), edits);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions are not supported");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      if (!YEAR.equals(field)) {
        throw new ParseException("ranges are supported on year only, e.g. year:[2020 TO 2024]");
      }
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private void requireText(String field, String form) throws ParseException {
      if (!TEXT.equals(field)) {
        throw new ParseException(form + " queries are supported on the text only, not on '" + field + "'");
      }
    }

    private String normalize(String term) {
      BytesRef b = getAnalyzer().normalize(TEXT, term);
      return b.utf8ToString();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  static boolean hasHan(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  static boolean hasLatinLetter(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }
}
