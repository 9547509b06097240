package io.pressroom.bench;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.search.Glossary;
import io.pressroom.solr.SolrConfigset;
import io.pressroom.solr.SolrStore;
import io.pressroom.solr.SolrTestCluster;
import io.pressroom.synthetic.CorpusGenerator;
import io.pressroom.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingest and query throughput of the SolrCloud backend on the 2-node test cluster ({@link
 * SolrTestCluster}, collection 2 shards × 2 replicas) beside the embedded index, on the same
 * synthetic corpus, through the same {@link Archive} calls and the same {@link QueryMix}.
 *
 * <p>{@code bench/bench.sh solrcloud N [SECONDS] [THREADS,…]}; prints a Markdown table for
 * docs/scale-out.md. Not a test: surefire never runs it.
 */
public final class SolrCloudBench {
  private SolrCloudBench() {}

  public static void main(String[] args) throws Exception {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int[] threads = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1, 4};
    Path dir = Path.of(System.getenv().getOrDefault("BENCH_DIR", "/tmp/pressroom-bench"));
    Path corpus = dir.resolve("corpus-" + n);
    if (!Files.isDirectory(corpus)) {
      System.out.printf("generating %d paragraphs into %s%n", n, corpus);
      CorpusGenerator.from(Corpus.DIR, 1).write(n, corpus); // the seed bench.sh generate uses
    }
    Path work = dir.resolve("solrcloud-" + n);
    IngestBench.deleteRecursively(work);
    Files.createDirectories(work);

    List<String> rows = new ArrayList<>();
    try (SolrTestCluster cluster = SolrTestCluster.start(work.resolve("cluster"), 2)) {
      Path configset = work.resolve("configset");
      SolrConfigset.write(configset, null);
      cluster.uploadConfigset("pressroom", configset);
      cluster.createCollection("bench", "pressroom", 2, 2);
      try (Archive solr = Archive.open(SolrStore.connect(cluster.zkHost(), "bench"), Glossary.standard());
          Archive embedded = Archive.open(LuceneStore.open(work.resolve("embedded")))) {
        rows.add(ingest("SolrCloud 2 nodes, 2×2", solr, corpus));
        rows.add(ingest("embedded", embedded, corpus));
        // Warm both (JIT, caches, the merges that follow an ingest) before any figure is taken.
        run(solr, 2, 30, true, true);
        run(embedded, 2, 30, true, true);
        for (int t : threads) {
          rows.add(query("SolrCloud 2 nodes, 2×2", solr, t, seconds, true, true));
          rows.add(query("embedded", embedded, t, seconds, true, true));
        }
        // Where the time goes: the same mix with facets only, highlights only, neither.
        for (boolean[] parts : new boolean[][] {{true, false}, {false, true}, {false, false}}) {
          rows.add(query("SolrCloud 2 nodes, 2×2", solr, 1, seconds, parts[0], parts[1]));
          rows.add(query("embedded", embedded, 1, seconds, parts[0], parts[1]));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%n%d paragraphs; load average at the end: %s%n", n,
        Files.readString(Path.of("/proc/loadavg")).trim());
    System.out.println("| backend | what | figure |");
    System.out.println("|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static String ingest(String name, Archive service, Path corpus) throws Exception {
    long start = System.nanoTime();
    CorpusIngest.Summary s = CorpusIngest.ingestPaths(service, List.of(corpus), line -> {});
    double secs = (System.nanoTime() - start) / 1e9;
    if (service.paragraphCount() != s.paragraphs()) {
      throw new IllegalStateException(name + " holds " + service.paragraphCount() + " paragraphs, not " + s.paragraphs());
    }
    String row = String.format(Locale.ROOT, "| %s | ingest %d releases | %.1f s, %,.0f par/s |",
        name, s.releases(), secs, s.paragraphs() / secs);
    System.out.println(row);
    return row;
  }

  /** Runs the query mix from {@code threads} threads for {@code seconds} (after a 5 s warm-up). */
  private static String query(String name, Archive service, int threads, int seconds, boolean facets,
      boolean highlights) throws Exception {
    run(service, threads, 5, facets, highlights);
    long[][] latencies = run(service, threads, seconds, facets, highlights);
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    String row = String.format(Locale.ROOT, "| %s | search%s, %d thread%s | %,.1f req/s, p50 %.1f ms, p99 %.1f ms |",
        name, facets && highlights ? "" : facets ? " (facets, no highlights)" : highlights ? " (highlights, no facets)"
            : " (neither facets nor highlights)", threads, threads == 1 ? "" : "s", all.length / (double) seconds,
        all[all.length / 2] / 1e6, all[(int) Math.min(all.length - 1, Math.floor(all.length * 0.99))] / 1e6);
    System.out.println(row);
    return row;
  }

  private static long[][] run(Archive service, int threads, int seconds, boolean facets, boolean highlights)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(pool.submit(() -> {
        long[] lat = new long[1024];
        int count = 0;
        for (int i = offset; System.nanoTime() < end; i++) {
          long s = System.nanoTime();
          io.pressroom.search.SearchRequest r = QueryMix.ENTRIES.get(i % QueryMix.ENTRIES.size()).request();
          if (!facets || !highlights) {
            r = new io.pressroom.search.SearchRequest(r.query(), r.filters(), r.lang(), r.fromDate(), r.toDate(), r.sort(),
                r.from(), r.size(), r.cursor(), highlights, facets, r.timeBudget(), r.facetLimit());
          }
          service.search(r);
          if (count == lat.length) {
            lat = Arrays.copyOf(lat, lat.length * 2);
          }
          lat[count++] = System.nanoTime() - s;
        }
        return Arrays.copyOf(lat, count);
      }));
    }
    long[][] out = new long[threads][];
    for (int t = 0; t < threads; t++) {
      out[t] = futures.get(t).get();
    }
    pool.shutdown();
    return out;
  }
}
