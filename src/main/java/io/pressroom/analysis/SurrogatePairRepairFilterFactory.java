package io.pressroom.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link SurrogatePairRepairFilter} (SPI name {@code pressroomSurrogatePairRepair}). */
public final class SurrogatePairRepairFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "pressroomSurrogatePairRepair";

  public SurrogatePairRepairFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public SurrogatePairRepairFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SurrogatePairRepairFilter(input);
  }
}
