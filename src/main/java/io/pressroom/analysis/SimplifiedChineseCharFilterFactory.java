package io.pressroom.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory of {@link SimplifiedChineseCharFilter}, so the Traditional→Simplified fold can be named
 * in a {@link org.apache.lucene.analysis.custom.CustomAnalyzer} or a Solr schema ({@code
 * <charFilter name="pressroomSimplified"/>}). It applies on the normalization path too.
 */
public final class SimplifiedChineseCharFilterFactory extends CharFilterFactory {
  /** SPI name. */
  public static final String NAME = "pressroomSimplified";

  public SimplifiedChineseCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public SimplifiedChineseCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new SimplifiedChineseCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
