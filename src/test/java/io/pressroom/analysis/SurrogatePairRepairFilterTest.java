package io.pressroom.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.Token;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;

public class SurrogatePairRepairFilterTest extends BaseTokenStreamTestCase {
  private static final String LIFT = "𨋢"; // U+2822B, Cantonese "lift", CJK Extension B
  private static final String HIGH = LIFT.substring(0, 1);
  private static final String LOW = LIFT.substring(1);

  public void testJoinsHalvesSplitAcrossTokens() throws IOException {
    CannedTokenStream in =
        new CannedTokenStream(
            new Token("机", 0, 1), new Token(HIGH, 1, 2), new Token(LOW, 2, 3),
            new Token("坏", 3, 4));
    assertTokenStreamContents(
        new SurrogatePairRepairFilter(in),
        new String[] {"机", LIFT, "坏"},
        new int[] {0, 1, 3},
        new int[] {1, 3, 4},
        new int[] {1, 1, 1});
  }

  public void testDropsUnpairedHalvesKeepingPositions() throws IOException {
    // A lone low surrogate, a high surrogate followed by an unrelated token, and one at the end.
    CannedTokenStream in =
        new CannedTokenStream(
            new Token(LOW, 0, 1), new Token("a", 1, 2), new Token(HIGH, 2, 3),
            new Token("b", 3, 4), new Token(HIGH, 4, 5));
    assertTokenStreamContents(
        new SurrogatePairRepairFilter(in),
        new String[] {"a", "b"},
        new int[] {1, 3},
        new int[] {2, 4},
        new int[] {2, 2});
  }

  public void testHalvesWithGapAreNotJoined() throws IOException {
    CannedTokenStream in = new CannedTokenStream(new Token(HIGH, 0, 1), new Token(LOW, 2, 3));
    assertTokenStreamContents(new SurrogatePairRepairFilter(in), new String[0]);
  }

  /** The real case: smartcn's 1024-char buffer boundary falls inside the pair. */
  public void testSmartcnBufferBoundary() throws IOException {
    for (int before = 1020; before <= 1026; before++) {
      String text = "中".repeat(before) + LIFT + "中文";
      Analyzer raw =
          new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
              return new TokenStreamComponents(new ChineseWordTokenizer());
            }
          };
      Analyzer repaired =
          new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
              Tokenizer t = new ChineseWordTokenizer();
              return new TokenStreamComponents(t, new SurrogatePairRepairFilter(t));
            }
          };
      if (before == 1023) {
        // Documents the bug being repaired: the pair straddles chars 1023|1024.
        assertTrue(terms(raw, text).contains(HIGH));
      }
      java.util.List<String> terms = terms(repaired, text);
      assertTrue("before=" + before, terms.contains(LIFT));
      for (String t : terms) {
        assertFalse(t.contains(HIGH) && !t.contains(LIFT));
        assertFalse(t.contains(LOW) && !t.contains(LIFT));
      }
      raw.close();
      repaired.close();
    }
  }

  static java.util.List<String> terms(Analyzer a, String text) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = a.tokenStream("f", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  public void testRandomStrings() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new ChineseWordTokenizer();
            return new TokenStreamComponents(t, new SurrogatePairRepairFilter(t));
          }
        };
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
  }
}
