package io.pressroom.analysis;

import io.pressroom.analysis.AnalysisChain.Step;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The three analyzers Pressroom indexes and queries with. Every one folds Traditional to Simplified
 * (and full-width to ASCII) with {@link SimplifiedChineseCharFilter} in both {@code initReader}
 * and {@code initReaderForNormalization}, so a query in either script finds text in either, and
 * offsets always point into the original text.
 *
 * <ul>
 *   <li>{@link #chineseWords()}: smartcn words, for ranking and phrase matches of real words;
 *   <li>{@link #chineseBigrams()}: overlapping Han bigrams, which find names and terms smartcn
 *       cuts into single characters (李家超, 甯漢豪);
 *   <li>{@link #english()}: English text.
 * </ul>
 *
 * Each is an {@link AnalysisChain} of Lucene factories ({@link #CHAINS}): the embedded index
 * builds it as a {@code CustomAnalyzer}, the Solr configset writes it into the schema. Analyzers
 * are thread-safe and meant to be created once and shared.
 */
public final class PressroomAnalyzers {
  private PressroomAnalyzers() {}

  private static final Step FOLD = Step.of(SimplifiedChineseCharFilterFactory.NAME);

  /** See {@link #chineseWords()}. */
  public static final AnalysisChain WORDS = new AnalysisChain(
      "pressroom_words",
      List.of(FOLD),
      Step.of(ChineseWordTokenizerFactory.NAME),
      List.of(
          Step.of(SurrogatePairRepairFilterFactory.NAME),
          Step.of(PlusHashJoinFilterFactory.NAME),
          Step.of("type", "types", "punctuation-types.txt"),
          Step.of("lowercase")));

  /** See {@link #chineseBigrams()}. */
  public static final AnalysisChain BIGRAMS = new AnalysisChain(
      "pressroom_bigrams",
      List.of(FOLD),
      Step.of("standard"),
      List.of(Step.of("cjkWidth"), Step.of("lowercase"), Step.of("cjkBigram")));

  /** See {@link #english()}. */
  public static final AnalysisChain ENGLISH = new AnalysisChain(
      "pressroom_english",
      List.of(FOLD, Step.of("mapping", "mapping", "english-variants.txt")),
      Step.of("standard"),
      List.of(Step.of("englishPossessive"), Step.of("lowercase"), Step.of("stop"), Step.of("kStem")));

  /** Every chain, for the Solr configset. */
  public static final List<AnalysisChain> CHAINS = List.of(WORDS, BIGRAMS, ENGLISH);

  /**
   * Simplified fold → smartcn words ({@link ChineseWordTokenizer}) → {@link
   * SurrogatePairRepairFilter} → {@link PlusHashJoinFilter} → drop punctuation → lower case.
   *
   * <p>Unlike {@link SmartChineseAnalyzer} there is no stemming ({@code iPhone15} stays {@code
   * iphone}, {@code 15}, not {@code iphon}) and no stop words; {@code M+} and {@code C++} stay
   * whole.
   */
  public static Analyzer chineseWords() {
    return WORDS.build();
  }

  /**
   * Simplified fold → {@link StandardTokenizer} → {@link CJKWidthFilter} → lower case → {@link
   * CJKBigramFilter}: every two adjacent Han characters form a token; a Han character with no Han
   * neighbour is a unigram. Non-CJK words are kept as StandardTokenizer cuts them.
   */
  public static Analyzer chineseBigrams() {
    return BIGRAMS.build();
  }

  /**
   * Simplified fold → spelling variants ({@code english-variants.txt}: co-operation = cooperation,
   * organisation = organization …) → {@link StandardTokenizer} → {@link EnglishPossessiveFilter} →
   * lower case → English stop words → {@link KStemFilter}.
   *
   * <p>KStem rather than Porter: Porter conflates words a press-release reader keeps apart
   * ({@code organization}/{@code organ} → {@code organ}, {@code general}/{@code generate}/{@code
   * generic} → {@code gener}, {@code university}/{@code universe}); KStem still joins plurals and
   * inflections ({@code policies} → {@code policy}, {@code signed} → {@code sign}) and yields real
   * words.
   */
  public static Analyzer english() {
    return ENGLISH.build();
  }
}
