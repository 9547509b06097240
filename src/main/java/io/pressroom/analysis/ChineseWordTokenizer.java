package io.pressroom.analysis;

import java.text.BreakIterator;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;

/**
 * smartcn word segmentation ({@link HHMMSegmenter}, the same sentence splitting and segmenter as
 * {@link HMMChineseTokenizer}) that keeps what punctuation tokens were and types every token.
 *
 * <p>Why not {@link HMMChineseTokenizer} itself: it replaces every punctuation character with the
 * term {@code ","} and types every token {@code "word"}, so no filter after it can tell the {@code
 * +} of {@code M+} from a comma. This tokenizer emits the same words (Latin runs lower-cased and
 * half-width, Chinese words as segmented) but punctuation tokens keep their own character and get
 * type {@link #TYPE_PUNCT}, which {@link PlusHashJoinFilter} and a type filter then use.
 *
 * <p>Input should already be Simplified Chinese ({@link SimplifiedChineseCharFilter}): smartcn's
 * dictionary is Simplified. Like {@link HMMChineseTokenizer}, this splits a surrogate pair that
 * straddles its 1024-char buffer when no line break is near; {@link SurrogatePairRepairFilter}
 * repairs that.
 */
public final class ChineseWordTokenizer extends SegmentingTokenizerBase {
  /** A Chinese word: a dictionary word or a single Han character (also outside the BMP). */
  public static final String TYPE_WORD = "<WORD>";

  /** A run of Latin letters (lower-cased, half-width), or another single non-Han character. */
  public static final String TYPE_ALPHA = "<ALPHA>";

  /** A run of digits (half-width). */
  public static final String TYPE_NUM = "<NUM>";

  /** Punctuation or a symbol; the term is the original character. */
  public static final String TYPE_PUNCT = "<PUNCT>";

  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final HHMMSegmenter segmenter = new HHMMSegmenter();
  private final SegTokenFilter latinNormalizer = new SegTokenFilter();

  private Iterator<SegToken> tokens;
  private String sentence;
  private int sentenceStart;

  public ChineseWordTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY);
  }

  public ChineseWordTokenizer(AttributeFactory factory) {
    super(factory, (BreakIterator) SENTENCES.clone());
  }

  @Override
  protected void setNextSentence(int start, int end) {
    sentence = new String(buffer, start, end - start);
    sentenceStart = offset + start;
    List<SegToken> path = segmenter.process(sentence);
    // The best path starts and ends with sentence markers.
    tokens =
        path.size() > 2
            ? path.subList(1, path.size() - 1).iterator()
            : Collections.<SegToken>emptyIterator();
  }

  @Override
  protected boolean incrementWord() {
    if (tokens == null || !tokens.hasNext()) {
      return false;
    }
    SegToken token = tokens.next();
    clearAttributes();
    String type;
    switch (token.wordType) {
      case WordType.STRING:
      case WordType.FULLWIDTH_STRING:
      case WordType.NUMBER:
      case WordType.FULLWIDTH_NUMBER:
        // The segmenter only marks the span; take the text and normalize it as smartcn does.
        token.charArray = sentence.substring(token.startOffset, token.endOffset).toCharArray();
        latinNormalizer.filter(token);
        boolean number =
            token.wordType == WordType.NUMBER || token.wordType == WordType.FULLWIDTH_NUMBER;
        type = number ? TYPE_NUM : isHan(token.charArray) ? TYPE_WORD : TYPE_ALPHA;
        break;
      case WordType.DELIMITER:
        type = TYPE_PUNCT; // charArray is still the original character
        break;
      default:
        type = TYPE_WORD;
        break;
    }
    if (!hasLetterOrDigit(token.charArray)) {
      type = TYPE_PUNCT; // symbols smartcn has no class for (×, emoji, ...)
    }
    termAtt.copyBuffer(token.charArray, 0, token.charArray.length);
    offsetAtt.setOffset(
        correctOffset(sentenceStart + token.startOffset),
        correctOffset(sentenceStart + token.endOffset));
    typeAtt.setType(type);
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    tokens = null;
    sentence = null;
  }

  private static boolean isHan(char[] text) {
    return text.length > 0
        && Character.UnicodeScript.of(Character.codePointAt(text, 0))
            == Character.UnicodeScript.HAN;
  }

  private static boolean hasLetterOrDigit(char[] text) {
    for (int i = 0; i < text.length; ) {
      int cp = Character.codePointAt(text, i);
      // An unpaired surrogate is half of a character cut at the buffer boundary: keep it (as a
      // word) so that SurrogatePairRepairFilter can join it with its other half.
      if (Character.isLetterOrDigit(cp)
          || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
