package io.pressroom.index;

import io.pressroom.analysis.ChineseScript;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Which analyzer reads which field: the one place the index and the queries agree on it. */
final class FieldAnalyzers {
  private FieldAnalyzers() {}

  static Analyzer create() {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            IndexFields.TEXT, words(),
            IndexFields.TEXT_BIGRAM, bigrams(),
            IndexFields.TEXT_EN, new EnglishAnalyzer()));
  }

  private static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new HMMChineseTokenizer();
        return new TokenStreamComponents(t, new LowerCaseFilter(t));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new Fold(reader);
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new Fold(reader);
      }
    };
  }

  private static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new StandardTokenizer();
        TokenStream s = new CJKBigramFilter(new LowerCaseFilter(t));
        return new TokenStreamComponents(t, s);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new Fold(reader);
      }
    };
  }

  private static final class Fold extends CharFilter {
    Fold(Reader in) {
      super(in);
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = input.read(cbuf, off, len);
      if (n > 0) {
        ChineseScript.toSimplified(cbuf, off, n);
      }
      return n;
    }
  }
}
