package io.pressroom.index;

import io.pressroom.analysis.PressroomAnalyzers;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Which analyzer reads which field: the one place the index and the queries agree on it. */
public final class FieldAnalyzers {
  private FieldAnalyzers() {}

  public static Analyzer create() {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            IndexFields.TEXT, PressroomAnalyzers.chineseWords(),
            IndexFields.TEXT_BIGRAM, PressroomAnalyzers.chineseBigrams(),
            IndexFields.TEXT_EN, PressroomAnalyzers.english()));
  }
}
