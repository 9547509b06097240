package io.pressroom.analysis;

import io.pressroom.text.ChineseScript;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds text through {@link ChineseScript} (Traditional → Simplified, full-width ASCII → ASCII)
 * before tokenization.
 *
 * <p>Why a CharFilter and not a TokenFilter: smartcn's dictionary is Simplified, so Traditional
 * text must be converted <em>before</em> segmentation, or {@code 綠色金融} and {@code 绿色金融} are
 * cut differently and never match. The fold is one char to one char, so offsets need no
 * correction ({@code correct(off) == off}) and highlights land on the characters of the original.
 * Reads are passed through in bulk and folded in place.
 */
public final class SimplifiedChineseCharFilter extends CharFilter {

  public SimplifiedChineseCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    if (n > 0) {
      ChineseScript.toSimplified(cbuf, off, n);
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    int c = input.read();
    return c < 0 ? c : ChineseScript.toSimplified((char) c);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
