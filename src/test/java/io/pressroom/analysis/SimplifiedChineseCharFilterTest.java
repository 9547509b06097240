package io.pressroom.analysis;

import io.pressroom.text.ChineseScript;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.util.TestUtil;

public class SimplifiedChineseCharFilterTest extends BaseTokenStreamTestCase {

  private static String readAll(Reader r, int chunk) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[chunk + 3];
    int n;
    while ((n = r.read(buf, 1, chunk)) != -1) {
      sb.append(buf, 1, n);
    }
    return sb.toString();
  }

  public void testFoldsInAnyChunkSize() throws IOException {
    for (int i = 0; i < 200; i++) {
      String s = TestUtil.randomRealisticUnicodeString(random(), 0, 300) + "醫務衞生局ＲＣＥＰ";
      String expected = ChineseScript.toSimplified(s);
      int chunk = TestUtil.nextInt(random(), 1, 64);
      assertEquals(expected, readAll(new SimplifiedChineseCharFilter(new StringReader(s)), chunk));
    }
  }

  public void testSingleCharRead() throws IOException {
    Reader r = new SimplifiedChineseCharFilter(new StringReader("滬港Ａ"));
    assertEquals('沪', r.read());
    assertEquals('港', r.read());
    assertEquals('A', r.read());
    assertEquals(-1, r.read());
  }

  public void testOffsetsAreTheOriginalOffsets() throws IOException {
    CharFilter cf = new SimplifiedChineseCharFilter(new StringReader("綠色金融 醫務衞生局"));
    Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    t.setReader(cf);
    assertTokenStreamContents(t, new String[] {"绿色金融", "医务卫生局"}, new int[] {0, 5},
        new int[] {4, 10}, 10);
    for (int i = 0; i < 20; i++) {
      assertEquals(i, cf.correctOffset(i));
    }
  }
}
