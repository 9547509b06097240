package io.pressroom.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Measures why the fold exists: on the (Traditional) seed article, how many of smartcn's Han
 * tokens are single characters, with and without folding to Simplified first.
 */
public class SingleCharacterFractionTest extends BaseTokenStreamTestCase {

  /** chineseWords() minus the Traditional→Simplified CharFilter. */
  private static Analyzer withoutFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ChineseWordTokenizer();
        TokenStream result = new SurrogatePairRepairFilter(source);
        result = new PlusHashJoinFilter(result);
        result = new TypeTokenFilter(result, Set.of(ChineseWordTokenizer.TYPE_PUNCT));
        return new TokenStreamComponents(source, new LowerCaseFilter(result));
      }
    };
  }

  /** {han tokens, single-character han tokens}. */
  private static int[] count(Analyzer a, String text) throws IOException {
    int han = 0;
    int single = 0;
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int first = Character.codePointAt(term, 0);
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
          han++;
          if (Character.codePointCount(term, 0, term.length()) == 1) {
            single++;
          }
        }
      }
      ts.end();
    }
    return new int[] {han, single};
  }

  public void testFoldingHalvesSingleCharacterTokens() throws IOException {
    String article = Files.readString(ChineseWordTokenizerTest.ARTICLE, StandardCharsets.UTF_8);
    int[] folded;
    int[] raw;
    try (Analyzer with = PressroomAnalyzers.chineseWords();
        Analyzer without = withoutFolding()) {
      folded = count(with, article);
      raw = count(without, article);
    }
    double fractionFolded = folded[1] / (double) folded[0];
    double fractionRaw = raw[1] / (double) raw[0];
    System.out.printf(
        Locale.ROOT,
        "single-character Han tokens on the seed article: without T->S %d/%d = %.1f%%,"
            + " with T->S %d/%d = %.1f%%%n",
        raw[1], raw[0], 100 * fractionRaw, folded[1], folded[0], 100 * fractionFolded);
    assertTrue("without folding: " + fractionRaw, fractionRaw > 0.6);
    assertTrue("with folding: " + fractionFolded, fractionFolded < 0.45);
    assertTrue(fractionRaw - fractionFolded > 0.25);
  }
}
