package io.pressroom.bench;

import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import io.pressroom.model.Paragraph;
import io.pressroom.analysis.PressroomAnalyzers;
import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.ReleaseParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Ingest benchmark: files → committed index, against its bound, the analysis chain alone over the
 * same paragraph text (every indexed text field tokenized, nothing indexed), both on all cores.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     io.pressroom.bench.IngestBench CORPUS_DIR INDEX_DIR [THREADS]</pre>
 *
 * The index folder is deleted first. Prints one line per phase and one summary line.
 */
public final class IngestBench {
  private IngestBench() {}

  /** One paragraph's text and whether it is English (which decides its fields). */
  private record Text(String text, boolean english) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    String only = System.getProperty("bench.only", "both");

    long fileBytes;
    try (Stream<Path> files = Files.walk(corpus)) {
      fileBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    List<Text> texts = new ArrayList<>();
    DirectoryIngest.forEach(List.of(corpus), ReleaseParser.standard(), r -> {
      for (Paragraph p : r.release().paragraphs()) {
        texts.add(new Text(p.text(), "en".equals(p.lang())));
      }
    });
    long textBytes = texts.stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "corpus %s: %d paragraphs, %.1f MB of paragraph text (UTF-8), %.1f MB of files; %d threads%n",
        corpus, texts.size(), textBytes / 1e6, fileBytes / 1e6, threads);

    double boundSeconds = Double.NaN;
    if (!only.equals("ingest")) {
      analyze(texts.subList(0, Math.min(texts.size(), 50_000)), threads); // warm-up pass
      long t0 = System.nanoTime();
      long tokens = analyze(texts, threads);
      boundSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "analysis only: %.1f s, %.0f paragraphs/s, %.2f MB/s, %d tokens%n",
          boundSeconds, texts.size() / boundSeconds, textBytes / 1e6 / boundSeconds, tokens);
    }
    int paragraphs = texts.size();
    texts.clear();
    if (only.equals("analysis")) {
      return;
    }

    deleteRecursively(index);
    System.gc();
    long t0 = System.nanoTime();
    CorpusIngest.Summary s;
    try (Archive service = Archive.open(LuceneStore.open(index))) {
      s = CorpusIngest.ingestPaths(service, List.of(corpus), line -> {}); // the store indexes on one lane per core
    }
    double ingestSeconds = (System.nanoTime() - t0) / 1e9;
    long indexBytes;
    try (Stream<Path> files = Files.walk(index)) {
      indexBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT, "ingest: %.1f s, %.0f paragraphs/s, %.2f MB/s, %d errors; index %.1f MB (%.2f x text)%n",
        ingestSeconds, paragraphs / ingestSeconds, textBytes / 1e6 / ingestSeconds, s.errors().size(),
        indexBytes / 1e6, (double) indexBytes / textBytes);
    if (s.paragraphs() != paragraphs) {
      throw new IllegalStateException("ingested " + s.paragraphs() + " paragraphs, expected " + paragraphs);
    }
    if (!Double.isNaN(boundSeconds)) {
      System.out.printf(Locale.ROOT, "ingest/bound = %.0f%%%n", 100 * boundSeconds / ingestSeconds);
    }
  }

  /** Tokenizes every indexed text field of every paragraph on {@code threads} threads; returns the token count. */
  static long analyze(List<Text> texts, int threads) throws Exception {
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        parts.add(pool.submit(() -> {
          Analyzer words = PressroomAnalyzers.chineseWords();
          Analyzer bigrams = PressroomAnalyzers.chineseBigrams();
          Analyzer english = PressroomAnalyzers.english();
          long n = 0;
          for (int i = part; i < texts.size(); i += threads) {
            Text x = texts.get(i);
            n += count(words, "text", x.text());
            n += x.english() ? count(english, "text_en", x.text()) : count(bigrams, "text_bigram", x.text());
          }
          tokens.addAndGet(n);
          return null;
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return tokens.get();
  }

  private static long count(Analyzer a, String field, String text) {
    try (TokenStream ts = a.tokenStream(field, text)) {
      ts.reset();
      long n = 0;
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
