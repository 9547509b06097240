package io.pressroom.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.Token;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class PlusHashJoinFilterTest extends BaseTokenStreamTestCase {

  private static Token tok(String term, int start, int end) {
    return new Token(term, start, end);
  }

  public void testJoinsDirectlyFollowingSymbols() throws IOException {
    // "M+博物馆 C++ C#"
    CannedTokenStream in =
        new CannedTokenStream(
            tok("m", 0, 1), tok("+", 1, 2), tok("博物馆", 2, 5),
            tok("c", 6, 7), tok("+", 7, 8), tok("+", 8, 9),
            tok("c", 10, 11), tok("#", 11, 12));
    assertTokenStreamContents(
        new PlusHashJoinFilter(in),
        new String[] {"m+", "博物馆", "c++", "c#"},
        new int[] {0, 2, 6, 10},
        new int[] {2, 5, 9, 12});
  }

  public void testLeavesGapsLeadingSymbolsAndNonLatinAlone() throws IOException {
    // "M +x", "+86", "港+", "a,", full-width "Ｃ＃" written as ASCII
    CannedTokenStream in =
        new CannedTokenStream(
            tok("m", 0, 1), tok("+", 2, 3), tok("x", 3, 4),
            tok("+", 5, 6), tok("86", 6, 8),
            tok("港", 9, 10), tok("+", 10, 11),
            tok("a", 12, 13), tok(",", 13, 14),
            tok("c", 15, 16), tok("＃", 16, 17));
    assertTokenStreamContents(
        new PlusHashJoinFilter(in),
        new String[] {"m", "+", "x", "+", "86", "港", "+", "a", ",", "c#"},
        new int[] {0, 2, 3, 5, 6, 9, 10, 12, 13, 15},
        new int[] {1, 3, 4, 6, 8, 10, 11, 13, 14, 17});
  }

  public void testSymbolAtEndOfStream() throws IOException {
    assertTokenStreamContents(
        new PlusHashJoinFilter(new CannedTokenStream(tok("x", 0, 1), tok("2", 1, 2))),
        new String[] {"x", "2"});
    assertTokenStreamContents(
        new PlusHashJoinFilter(new CannedTokenStream(tok("a", 0, 1), tok("+", 1, 2))),
        new String[] {"a+"},
        new int[] {0},
        new int[] {2});
  }

  public void testRandomStrings() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new ChineseWordTokenizer();
            return new TokenStreamComponents(t, new PlusHashJoinFilter(t));
          }
        };
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
    Analyzer b =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new MockTokenizer(MockTokenizer.SIMPLE, false);
            return new TokenStreamComponents(t, new PlusHashJoinFilter(t));
          }
        };
    checkRandomData(random(), b, 200 * RANDOM_MULTIPLIER);
    b.close();
  }
}
