package io.pressroom.search;

import static io.pressroom.store.Fields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * {@code field:value} for the filterable fields — with AND as the default operator. A run of plain
 * words is matched word by word, with glossary translations and the paragraph's context ({@link
 * TextQueries}); a quoted phrase is matched exactly over every representation of the text. A
 * query that does not parse (or uses a form this service refuses, like leading wildcards or
 * regular expressions) is searched literally, word by word, with a notice saying so.
 */
public final class UserQueryParser {
  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  private static final Set<String> FILTER_FIELDS =
      Set.of(AREA, KIND, AGREEMENT, RELEASE, LANG, YEAR, CONFERENCE, SESSION, ORGANISATION);

  private final Analyzer analyzer;
  private final Function<String, String> areaResolver;
  private final Glossary glossary;
  private final TextQueries textQueries;

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
    this.textQueries = new TextQueries(analyzer, glossary);
  }

  /**
   * The parsed query, notices for the user about how it was understood, and whether a relaxed
   * parse ({@link #parseRelaxed}) could match more (a run of several words).
   */
  public record Parsed(Query query, List<Notice> notices, boolean relaxable) {
    Parsed(Query query, List<Notice> notices) {
      this(query, notices, false);
    }
  }

  /**
   * Parses {@code text}, every word of a run required. Returns a null query for a blank text,
   * throws InvalidRequestException when nothing searchable is left.
   */
  public Parsed parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses {@code text} with runs of words relaxed: most, not all, of their words required.
   * Paragraphs that hold every word (what {@link #parse} matches) still come first.
   */
  public Parsed parseRelaxed(String text) {
    Parsed strict = parse(text, false);
    Parsed relaxed = parse(text, true);
    if (strict.query() == null || relaxed.query() == null) {
      return relaxed;
    }
    Query first = new BooleanQuery.Builder()
        .add(relaxed.query(), Occur.MUST)
        .add(new org.apache.lucene.search.BoostQuery(
            new org.apache.lucene.search.ConstantScoreQuery(strict.query()), EVERY_WORD_BONUS), Occur.SHOULD)
        .build();
    return new Parsed(first, relaxed.notices(), relaxed.relaxable());
  }

  /** Added, in a relaxed search, to the paragraphs that hold every word: more than any other can score. */
  static final float EVERY_WORD_BONUS = 1000f;

  private Parsed parse(String text, boolean relaxed) {
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q", "query is " + text.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    if (text.isBlank()) {
      return new Parsed(null, List.of());
    }
    List<Notice> notices = new ArrayList<>();
    Query q;
    Parser parser = newParser(relaxed);
    try {
      q = parser.parse(text);
    } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      notices.add(Notice.literal(text, e.getMessage()));
      parser = newParser(relaxed);
      q = parser.words(text);
    }
    if (q == null) {
      throw new InvalidRequestException("q", "the query '" + text + "' contains no searchable words");
    }
    return new Parsed(withPositiveClause(q), notices, parser.relaxable && PLAIN_WORDS.matcher(text).matches());
  }

  /**
   * Words without search syntax (no quotes, operators, fields, exclusions, wildcards, groups): only
   * such a query is relaxed; syntax says exactly what to match.
   */
  private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile(
      "(?!.*(?:[\"():*?~^\\[\\]{}\\\\]|(?:^|\\s)[-+!]|\\b(?:AND|OR|NOT)\\b|&&|\\|\\|)).*", java.util.regex.Pattern.DOTALL);

  private Parser newParser(boolean relaxed) {
    Parser p = new Parser(analyzer, relaxed);
    p.setDefaultOperator(QueryParser.Operator.AND);
    // Runs of plain words reach getFieldQuery together, so multi-word glossary terms are seen.
    p.setSplitOnWhitespace(false);
    p.setAllowLeadingWildcard(false);
    return p;
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

  /** The classic parser with Pressroom's meaning of fields and term forms. */
  private final class Parser extends QueryParser {
    private final boolean relaxed;
    /** Whether some run of words had several units (set while parsing). */
    boolean relaxable;

    Parser(Analyzer analyzer, boolean relaxed) {
      super(TEXT, analyzer);
      this.relaxed = relaxed;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (TEXT.equals(field)) {
        return quoted ? textQueries.phrase(queryText, 0) : words(queryText);
      }
      return filterQuery(field, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (TEXT.equals(field)) {
        return textQueries.phrase(queryText, slop);
      }
      return filterQuery(field, queryText);
    }

    /**
     * A run of several words is one clause: its query (required and optional parts, a minimum to
     * match when relaxed) is kept whole, not flattened into the parent with every part required.
     */
    @Override
    protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
      if (q != null) {
        clauses.add(newBooleanClause(q, getDefaultOperator() == Operator.AND ? Occur.MUST : Occur.SHOULD));
      }
    }

    /** A run of unquoted words ({@link TextQueries#words}). */
    Query words(String run) {
      TextQueries.Run r = textQueries.run(run, relaxed);
      relaxable |= r.relaxable();
      return r.query();
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


  static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  static boolean hasLatinLetter(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }
}
