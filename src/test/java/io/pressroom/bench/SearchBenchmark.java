package io.pressroom.bench;

import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process search over an existing index: the {@link QueryMix} in rotation, facets and
 * highlights on. SampleTime gives the latency percentiles, Throughput the requests per second
 * (run with {@code -t 8} for eight threads). The index comes from {@code -Dbench.index=DIR}.
 */
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SearchBenchmark {
  @State(Scope.Benchmark)
  public static class Index {
    Archive service;
    List<SearchRequest> mix;

    @Setup(Level.Trial)
    public void open() throws IOException {
      String dir = System.getProperty("bench.index");
      if (dir == null) {
        throw new IllegalStateException("set -Dbench.index=DIR (an index made by IngestBench or pressroom ingest)");
      }
      service = Archive.open(LuceneStore.open(Path.of(dir)));
      mix = QueryMix.ENTRIES.stream().map(QueryMix.Entry::request).toList();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      service.close();
    }
  }

  /** Each thread walks the mix from its own starting point. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public SearchResult mix(Index index, Cursor cursor) throws IOException {
    SearchRequest r = index.mix.get(cursor.next);
    cursor.next = (cursor.next + 1) % index.mix.size();
    return index.service.search(r);
  }
}
