package io.pressroom.analysis;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
 * Analyzers are thread-safe and meant to be created once and shared.
 */
public final class PressroomAnalyzers {
  private PressroomAnalyzers() {}

  /**
   * Simplified fold → smartcn words ({@link ChineseWordTokenizer}) → {@link
   * SurrogatePairRepairFilter} → {@link PlusHashJoinFilter} → drop punctuation → lower case.
   *
   * <p>Unlike {@link SmartChineseAnalyzer} there is no stemming ({@code iPhone15} stays {@code
   * iphone}, {@code 15}, not {@code iphon}) and no stop words; {@code M+} and {@code C++} stay
   * whole.
   */
  public static Analyzer chineseWords() {
    return new ChineseWordAnalyzer();
  }

  /**
   * Simplified fold → {@link StandardTokenizer} → {@link CJKWidthFilter} → lower case → {@link
   * CJKBigramFilter}: every two adjacent Han characters form a token; a Han character with no Han
   * neighbour is a unigram. Non-CJK words are kept as StandardTokenizer cuts them.
   */
  public static Analyzer chineseBigrams() {
    return new ChineseBigramAnalyzer();
  }

  /**
   * Simplified fold → {@link StandardTokenizer} → {@link EnglishPossessiveFilter} → lower case →
   * English stop words → {@link KStemFilter}.
   *
   * <p>KStem rather than Porter: Porter conflates words a press-release reader keeps apart
   * ({@code organization}/{@code organ} → {@code organ}, {@code general}/{@code generate}/{@code
   * generic} → {@code gener}, {@code university}/{@code universe}); KStem still joins plurals and
   * inflections ({@code policies} → {@code policy}, {@code signed} → {@code sign}) and yields real
   * words.
   */
  public static Analyzer english() {
    return new EnglishTextAnalyzer();
  }

  /** Base: the Simplified fold on both the indexing and the normalization path. */
  private abstract static class FoldingAnalyzer extends Analyzer {
    @Override
    protected final Reader initReader(String fieldName, Reader reader) {
      return new SimplifiedChineseCharFilter(reader);
    }

    @Override
    protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
      return new SimplifiedChineseCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  private static final class ChineseWordAnalyzer extends FoldingAnalyzer {
    private static final Set<String> PUNCTUATION = Set.of(ChineseWordTokenizer.TYPE_PUNCT);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new ChineseWordTokenizer();
      TokenStream result = new SurrogatePairRepairFilter(source);
      result = new PlusHashJoinFilter(result);
      result = new TypeTokenFilter(result, PUNCTUATION);
      result = new LowerCaseFilter(result);
      return new TokenStreamComponents(source, result);
    }
  }

  private static final class ChineseBigramAnalyzer extends FoldingAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new CJKWidthFilter(source);
      result = new LowerCaseFilter(result);
      result = new CJKBigramFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new CJKWidthFilter(in));
    }
  }

  private static final class EnglishTextAnalyzer extends FoldingAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      result = new KStemFilter(result);
      return new TokenStreamComponents(source, result);
    }
  }
}
