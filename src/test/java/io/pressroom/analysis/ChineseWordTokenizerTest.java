package io.pressroom.analysis;

import io.pressroom.testing.Corpus;
import io.pressroom.text.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class ChineseWordTokenizerTest extends BaseTokenStreamTestCase {
  static final Path ARTICLE = Corpus.HKCD_FILE;

  private static final String W = ChineseWordTokenizer.TYPE_WORD;
  private static final String A = ChineseWordTokenizer.TYPE_ALPHA;
  private static final String N = ChineseWordTokenizer.TYPE_NUM;
  private static final String P = ChineseWordTokenizer.TYPE_PUNCT;

  private static Tokenizer tokenizer(String text) {
    Tokenizer t = new ChineseWordTokenizer();
    t.setReader(new java.io.StringReader(text));
    return t;
  }

  public void testPunctuationKeepsItsCharacterAndType() throws IOException {
    assertTokenStreamContents(
        tokenizer("M+博物馆，C#与ＲＣＥＰ 2024年"),
        new String[] {"m", "+", "博物馆", "，", "c", "#", "与", "rcep", "2024", "年"},
        new int[] {0, 1, 2, 5, 6, 7, 8, 9, 14, 18},
        new int[] {1, 2, 5, 6, 7, 8, 9, 13, 18, 19},
        new String[] {A, P, W, P, A, P, W, A, N, W},
        null,
        19);
  }

  public void testSymbolsWithoutClassAreTypedPunctuation() throws IOException {
    assertTokenStreamContents(
        tokenizer("3×4 😀好"),
        new String[] {"3", "×", "4", "😀", "好"},
        null,
        null,
        new String[] {N, P, N, P, W},
        null,
        (Integer) null);
  }

  /** Same words and offsets as smartcn's own tokenizer, only punctuation differs. */
  public void testSameWordsAsHmmChineseTokenizerOnTheArticle() throws IOException {
    String text = ChineseScript.toSimplified(Files.readString(ARTICLE, StandardCharsets.UTF_8));
    List<String> ours = new ArrayList<>();
    try (Tokenizer t = tokenizer(text)) {
      collect(t, ours, true);
    }
    List<String> smartcn = new ArrayList<>();
    try (Tokenizer t = new HMMChineseTokenizer()) {
      t.setReader(new java.io.StringReader(text));
      collect(t, smartcn, false);
    }
    assertTrue("only " + ours.size() + " words", ours.size() > 1500);
    assertEquals(smartcn, ours);
  }

  private static void collect(TokenStream ts, List<String> out, boolean skipPunct)
      throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      boolean punct =
          skipPunct ? type.type().equals(P) : term.toString().equals(",");
      if (!punct) {
        out.add(term + "@" + off.startOffset() + "-" + off.endOffset());
      }
    }
    ts.end();
  }

  public void testRandomStrings() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new ChineseWordTokenizer());
          }
        };
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
  }
}
