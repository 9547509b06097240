package io.pressroom.bench;

import io.pressroom.core.Archive;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.search.SearchRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The in-process figures of docs/benchmarks.md: runs a file of queries (one per line, such as the
 * 200 that {@code solr-compare.sh} writes to {@code $WORK/queries.txt}) on one thread against an
 * index opened read-only, top 10 with facets and highlights as the HTTP API answers them, and prints
 * CPU time per search, p50 and p99. Three rounds warm up first.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; mvn -B -q test-compile
 * java -Xmx512m -cp target/pressroom.jar:target/test-classes io.pressroom.bench.MixProbe INDEX QUERIES ROUNDS
 * </pre>
 */
public final class MixProbe {
  private MixProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: MixProbe INDEX QUERIES ROUNDS");
      System.exit(2);
    }
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(q -> !q.isBlank()).toList();
    int rounds = Integer.parseInt(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Archive archive = Archive.open(LuceneStore.openReadOnly(Path.of(args[0])))) {
      for (int warm = 0; warm < 3; warm++) {
        for (String q : queries) {
          archive.search(request(q));
        }
      }
      long[] latencies = new long[queries.size() * rounds];
      int n = 0;
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        for (String q : queries) {
          long start = System.nanoTime();
          archive.search(request(q));
          latencies[n++] = System.nanoTime() - start;
        }
      }
      wall = System.nanoTime() - wall;
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      Arrays.sort(latencies);
      System.out.printf("%d searches: CPU %.3f ms/search (wall %.3f), p50 %.2f ms, p99 %.2f ms%n", n,
          cpu / 1e6 / n, wall / 1e6 / n, latencies[n / 2] / 1e6, latencies[n * 99 / 100] / 1e6);
    }
  }

  private static SearchRequest request(String q) {
    return SearchRequest.builder().query(q).size(10).facets(true).highlight(true).build();
  }
}
