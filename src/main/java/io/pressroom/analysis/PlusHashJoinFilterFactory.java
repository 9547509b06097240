package io.pressroom.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link PlusHashJoinFilter} (SPI name {@code pressroomPlusHashJoin}). */
public final class PlusHashJoinFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "pressroomPlusHashJoin";

  public PlusHashJoinFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public PlusHashJoinFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PlusHashJoinFilter(input);
  }
}
