package io.pressroom.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Joins a token ending in an ASCII letter or digit with the {@code +} and {@code #} tokens that
 * directly follow it (no gap in offsets): {@code M + 博物馆} becomes {@code M+ 博物馆}, {@code C + +}
 * becomes {@code C++}, {@code C #} becomes {@code C#}.
 *
 * <p>Why: smartcn splits {@code M+} into {@code m} and a punctuation token, so after punctuation is
 * dropped a query for {@code M+} (the Hong Kong museum) would match every document with a lone
 * {@code M}. Only trailing symbols are joined ({@code +86} stays {@code 86}). Full-width {@code ＋}
 * and {@code ＃} are accepted and written as ASCII. Must run before punctuation is dropped.
 */
public final class PlusHashJoinFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

  private State lookahead;
  private boolean inputExhausted;
  private final StringBuilder suffix = new StringBuilder();

  public PlusHashJoinFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
    } else if (inputExhausted || !input.incrementToken()) {
      inputExhausted = true;
      return false;
    }
    if (!endsWithAsciiLetterOrDigit()) {
      return true;
    }
    State base = captureState();
    int end = offsetAtt.endOffset();
    suffix.setLength(0);
    while (true) {
      if (!input.incrementToken()) {
        inputExhausted = true;
        break;
      }
      char symbol = symbol();
      if (symbol != 0 && offsetAtt.startOffset() == end) {
        suffix.append(symbol);
        end = offsetAtt.endOffset();
      } else {
        lookahead = captureState();
        break;
      }
    }
    restoreState(base);
    if (suffix.length() > 0) {
      termAtt.append(suffix);
      offsetAtt.setOffset(offsetAtt.startOffset(), end);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lookahead = null;
    inputExhausted = false;
  }

  private boolean endsWithAsciiLetterOrDigit() {
    int n = termAtt.length();
    if (n == 0) {
      return false;
    }
    char c = termAtt.charAt(n - 1);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** {@code '+'} or {@code '#'} if the current token is exactly that symbol, else 0. */
  private char symbol() {
    if (termAtt.length() != 1) {
      return 0;
    }
    switch (termAtt.charAt(0)) {
      case '+':
      case '＋':
        return '+';
      case '#':
      case '＃':
        return '#';
      default:
        return 0;
    }
  }
}
