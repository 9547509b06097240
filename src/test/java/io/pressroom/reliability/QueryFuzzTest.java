package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import io.pressroom.core.Archive;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.testing.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws generated hostile queries ({@link QueryGenerator}) at {@link Archive#search}
 * over the shipped corpus: every one either returns a result or is refused with {@link
 * InvalidRequestException}, never anything else. Per-query times are measured and reported, not
 * asserted (a test does not assert speed); the search's own time budget is counted ({@code timed out}).
 *
 * <p>{@code -Dpressroom.fuzz.queries=N} (default 30,000 for CI, about 30 s; 100,000 or more on demand), {@code -Dpressroom.fuzz.seed=S},
 * {@code -Dpressroom.fuzz.threads=T} (default 2).
 */
class QueryFuzzTest {
  static final int QUERIES = Reliability.size("pressroom.fuzz.queries", 30_000);
  static final long SEED = Reliability.seed("pressroom.fuzz.seed", 20240426L);
  /** Searches run on this many threads (the machine has 2 cores). */
  static final int THREADS = Reliability.size("pressroom.fuzz.threads", 2);
  static final int FULL_EVERY = 32;

  private static Archive service;

  @BeforeAll
  static void open() throws Exception {
    service = Corpus.corpusArchive();
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void everyGeneratedQueryIsAnsweredOrRefused() throws Exception {
    QueryGenerator generator = new QueryGenerator(SEED);
    String[] queries = new String[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = generator.next();
    }
    Map<String, String> failures = new ConcurrentHashMap<>();
    long[] nanos = new long[QUERIES];
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger withNotice = new AtomicInteger();
    AtomicInteger timedOut = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < QUERIES; i += THREADS) {
            String q = queries[i];
            long t0 = System.nanoTime();
            try {
              SearchResult r = service.search(request(q, i));
              answered.incrementAndGet();
              if (!r.notices().isEmpty()) {
                withNotice.incrementAndGet();
              }
              if (r.timedOut()) {
                timedOut.incrementAndGet();
              }
            } catch (InvalidRequestException e) {
              refused.incrementAndGet();
              if (e.parameter() == null || e.getMessage() == null || e.getMessage().isBlank()) {
                failures.putIfAbsent("refusal without parameter or message", Reliability.show(q));
              }
            } catch (Throwable e) {
              String key = e.getClass().getName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
              failures.putIfAbsent(key.length() > 200 ? key.substring(0, 200) : key, Reliability.show(q));
            }
            nanos[i] = System.nanoTime() - t0;
          }
        }));
      }
      for (Future<?> f : parts) {
        f.get(30, TimeUnit.MINUTES); // a bound against a hang, not a speed requirement
      }
    } finally {
      pool.shutdownNow();
    }
    long totalMs = (System.nanoTime() - start) / 1_000_000;
    int slowest = 0;
    for (int i = 1; i < QUERIES; i++) {
      if (nanos[i] > nanos[slowest]) {
        slowest = i;
      }
    }
    Reliability.report("QueryFuzzTest", String.format(java.util.Locale.ROOT,
        "%d queries (seed %d, %d threads) in %d ms: %d answered (%d with a notice, %d timed out), %d refused (400), "
            + "%d kinds of other error; per query %s; slowest: %s",
        QUERIES, SEED, THREADS, totalMs, answered.get(), withNotice.get(), timedOut.get(), refused.get(),
        failures.size(), Reliability.percentiles(nanos, QUERIES), Reliability.show(queries[slowest])));
    if (!failures.isEmpty()) {
      StringBuilder m = new StringBuilder(failures.size() + " kinds of unexpected failure:\n");
      failures.forEach((k, v) -> m.append("  ").append(k).append("   <- q=").append(v).append('\n'));
      fail(m.toString());
    }
  }

  /**
   * One request in {@value #FULL_EVERY} is the web page's (highlights and facets on, first page);
   * the others vary sort and size and skip highlights and facets (a highlighted page costs
   * 10-50 ms on the corpus, a plain search about 1 ms), which keeps 100,000 queries within CI's
   * time. The HTTP sample ({@link HttpQueryFuzzTest}) sends every query the web page's way.
   */
  static SearchRequest request(String q, int i) {
    SearchRequest.Builder b = SearchRequest.builder().query(q);
    if (i % FULL_EVERY != 0) {
      Random options = new Random(SEED ^ i);
      b.sort(SearchRequest.Sort.values()[options.nextInt(3)]).size(options.nextInt(SearchRequest.MAX_SIZE + 1))
          .highlight(false).facets(false);
    }
    return b.build();
  }
}
