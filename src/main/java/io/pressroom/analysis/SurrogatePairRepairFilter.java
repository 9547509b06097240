package io.pressroom.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Never lets a token with an unpaired surrogate through.
 *
 * <p>Why: smartcn's tokenizers read 1024 chars at a time and, when no line break is near, cut there
 * even inside a surrogate pair, so a Hong Kong character outside the BMP (e.g. 𨋢 U+2822B in
 * {@code 升降機𨋢}) at that spot comes out as two tokens of one half each, which index as garbage.
 * A token ending in a high surrogate directly followed (by offsets) by a token starting with the
 * matching low surrogate is joined back into one token; any token still holding an unpaired
 * surrogate (malformed input) is dropped, its position kept as a gap.
 */
public final class SurrogatePairRepairFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private State lookahead;
  private boolean inputExhausted;

  public SurrogatePairRepairFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skippedPositions = 0;
    while (nextToken()) {
      if (endsWithLoneHighSurrogate()) {
        joinFollowingLowSurrogate();
      }
      if (isWellFormed()) {
        if (skippedPositions > 0) {
          posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        }
        return true;
      }
      skippedPositions += posIncAtt.getPositionIncrement();
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lookahead = null;
    inputExhausted = false;
  }

  private boolean nextToken() throws IOException {
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
      return true;
    }
    if (inputExhausted || !input.incrementToken()) {
      inputExhausted = true;
      return false;
    }
    return true;
  }

  private void joinFollowingLowSurrogate() throws IOException {
    State high = captureState();
    int highEnd = offsetAtt.endOffset();
    if (!input.incrementToken()) {
      inputExhausted = true;
      restoreState(high);
      return;
    }
    if (termAtt.length() > 0
        && Character.isLowSurrogate(termAtt.charAt(0))
        && offsetAtt.startOffset() == highEnd) {
      String low = termAtt.toString();
      int lowEnd = offsetAtt.endOffset();
      restoreState(high);
      termAtt.append(low);
      offsetAtt.setOffset(offsetAtt.startOffset(), lowEnd);
    } else {
      lookahead = captureState();
      restoreState(high);
    }
  }

  private boolean endsWithLoneHighSurrogate() {
    int n = termAtt.length();
    return n > 0 && Character.isHighSurrogate(termAtt.charAt(n - 1));
  }

  private boolean isWellFormed() {
    char[] b = termAtt.buffer();
    int n = termAtt.length();
    for (int i = 0; i < n; i++) {
      char c = b[i];
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(b[i + 1])) {
          i++;
        } else {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
