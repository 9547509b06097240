package io.pressroom.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * An analyzer written down as data: char filters, a tokenizer and token filters, each named by its
 * Lucene SPI name with its parameters. The embedded index builds a {@link CustomAnalyzer} from it,
 * and the Solr configset writes the very same steps into its schema, so the two backends cannot
 * analyse text differently.
 *
 * @param name the analyzer's name (also the Solr field type's name)
 * @param charFilters char filters, in order
 * @param tokenizer the tokenizer
 * @param filters token filters, in order
 */
public record AnalysisChain(String name, List<Step> charFilters, Step tokenizer, List<Step> filters) {

  public AnalysisChain {
    charFilters = List.copyOf(charFilters);
    filters = List.copyOf(filters);
  }

  /** One step: a factory's SPI name and its parameters (resource parameters name files in this package). */
  public record Step(String spiName, Map<String, String> params) {
    public Step {
      params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A step with {@code keyValues} as alternating parameter names and values. */
    public static Step of(String spiName, String... keyValues) {
      if (keyValues.length % 2 != 0) {
        throw new IllegalArgumentException(spiName + ": parameters come as name, value pairs");
      }
      Map<String, String> p = new LinkedHashMap<>();
      for (int i = 0; i + 1 < keyValues.length; i += 2) {
        p.put(keyValues[i], keyValues[i + 1]);
      }
      return new Step(spiName, p);
    }
  }

  /** The analyzer, with resource files read from this package on the classpath. */
  public Analyzer build() {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(AnalysisChain.class));
      for (Step s : charFilters) {
        b.addCharFilter(s.spiName(), new LinkedHashMap<>(s.params()));
      }
      b.withTokenizer(tokenizer.spiName(), new LinkedHashMap<>(tokenizer.params()));
      for (Step s : filters) {
        b.addTokenFilter(s.spiName(), new LinkedHashMap<>(s.params()));
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build analyzer " + name, e);
    }
  }
}
