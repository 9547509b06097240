package io.pressroom.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** Factory of {@link ChineseWordTokenizer} (SPI name {@code pressroomChineseWord}). */
public final class ChineseWordTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "pressroomChineseWord";

  public ChineseWordTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public ChineseWordTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public ChineseWordTokenizer create(AttributeFactory factory) {
    return new ChineseWordTokenizer(factory);
  }
}
