package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.core.Archive;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.model.ParsedRelease;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Searches from many threads while releases are added, replaced and deleted, for a bounded time:
 * no error, and every search sees a consistent index — a release is either absent or present with
 * exactly the paragraphs of one of its versions, never a mix and never part of one.
 *
 * <p>{@code -Dpressroom.reliability.loadSeconds=N} (default 10), {@code
 * -Dpressroom.reliability.readers=N} (default 6), {@code -Dpressroom.reliability.writers=N} (default 2).
 */
class ConcurrentLoadTest {
  /** A budget no search here nears (the default, 2 s of wall clock, can pass on 2 loaded cores): a timeout is a fault. */
  private static final java.time.Duration BUDGET = java.time.Duration.ofMinutes(1);
  static final int SECONDS = Reliability.size("pressroom.reliability.loadSeconds", 10);
  static final int READERS = Reliability.size("pressroom.reliability.readers", 6);
  static final int WRITERS = Reliability.size("pressroom.reliability.writers", 2);
  static final int RELEASES = 8;
  static final int VERSIONS = 5;
  private static final Pattern MARKER = Pattern.compile("zqr(\\d+)v(\\d+)");

  /** Versions of each release: version v of release k has a distinct paragraph count, each paragraph marked. */
  static ParsedRelease[][] versions() throws Exception {
    ParsedRelease isd = Corpus.english().parsed();
    List<String> texts = isd.paragraphs().stream().map(p -> p.text()).filter(t -> t.length() > 80).toList();
    ParsedRelease[][] out = new ParsedRelease[RELEASES][VERSIONS];
    Random random = new Random(3);
    for (int k = 0; k < RELEASES; k++) {
      for (int v = 0; v < VERSIONS; v++) {
        StringBuilder t = new StringBuilder("Load release " + k + " version " + v + "\n\n");
        for (int j = 0; j < 2 + 2 * v + k % 2; j++) {
          // Each paragraph distinct (zqp<j>): a text repeated within a release would be shown once.
          t.append(texts.get(random.nextInt(texts.size()))).append(" zqr").append(k).append('v').append(v).append(" zqload zqp")
              .append(j).append("\n\n");
        }
        out[k][v] = ReleaseParser.standard().parse(t.toString().getBytes(StandardCharsets.UTF_8), "load-" + k + ".txt",
            ReleaseParser.Format.TEXT);
      }
    }
    return out;
  }

  @Test
  void searchesSeeEveryReleaseWholeOrAbsentWhileWritesGoOn() throws Exception {
    ParsedRelease[][] versions = versions();
    Map<String, Integer> expected = new HashMap<>(); // marker -> paragraphs with it
    for (ParsedRelease[] rs : versions) {
      for (ParsedRelease r : rs) {
        Matcher m = MARKER.matcher(r.paragraphs().get(r.paragraphs().size() - 1).text());
        assertTrue(m.find());
        expected.put(m.group(), (int) r.paragraphs().stream().filter(p -> p.text().contains(m.group())).count());
      }
    }
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicLong searches = new AtomicLong();
    AtomicLong puts = new AtomicLong();
    AtomicLong deletes = new AtomicLong();
    AtomicLong sawPresent = new AtomicLong();
    long[] maxSearchNanos = new long[READERS];
    try (Archive service = Corpus.corpusArchive()) {
      long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(READERS + WRITERS);
      List<Future<?>> tasks = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Random random = new Random(100 + w);
        tasks.add(pool.submit(() -> {
          while (System.nanoTime() < deadline && errors.size() < 20) {
            int k = random.nextInt(RELEASES);
            try {
              switch (random.nextInt(4)) {
                case 0 -> {
                  service.delete("load-" + k);
                  deletes.incrementAndGet();
                }
                case 1 -> {
                  List<ParsedRelease> batch = new ArrayList<>();
                  for (int j = 0; j < 3; j++) {
                    batch.add(versions[random.nextInt(RELEASES)][random.nextInt(VERSIONS)]);
                  }
                  service.putAll(batch.stream().collect(java.util.stream.Collectors.toMap(
                      r -> r.release().id(), r -> r, (a, b) -> b)).values());
                  puts.addAndGet(batch.size());
                }
                default -> {
                  service.put(versions[k][random.nextInt(VERSIONS)]);
                  puts.incrementAndGet();
                }
              }
            } catch (Throwable e) {
              errors.add("writer: " + e);
            }
          }
        }));
      }
      for (int t = 0; t < READERS; t++) {
        int reader = t;
        Random random = new Random(200 + t);
        tasks.add(pool.submit(() -> {
          while (System.nanoTime() < deadline && errors.size() < 20) {
            int k = random.nextInt(RELEASES);
            long t0 = System.nanoTime();
            try {
              SearchResult r = switch (random.nextInt(3)) {
                case 0 -> service.search(SearchRequest.builder().releases(List.of("load-" + k))
                    .size(SearchRequest.MAX_SIZE).timeBudget(BUDGET).highlight(false).facets(random.nextBoolean()).build());
                case 1 -> service.search(SearchRequest.builder().query("zqr" + k + "v" + random.nextInt(VERSIONS))
                    .size(SearchRequest.MAX_SIZE).timeBudget(BUDGET).build());
                default -> service.search(SearchRequest.builder().query("zqload").releases(List.of("load-" + k))
                    .size(SearchRequest.MAX_SIZE).timeBudget(BUDGET).highlight(random.nextBoolean()).build());
              };
              String problem = consistency(r, expected);
              if (problem != null) {
                errors.add("reader saw " + problem);
              }
              if (r.total() > 0) {
                sawPresent.incrementAndGet();
              }
              if (r.timedOut()) {
                errors.add("reader: search timed out");
              }
              searches.incrementAndGet();
            } catch (Throwable e) {
              errors.add("reader: " + e);
            }
            maxSearchNanos[reader] = Math.max(maxSearchNanos[reader], System.nanoTime() - t0);
          }
        }));
      }
      for (Future<?> f : tasks) {
        f.get(SECONDS + 300, TimeUnit.SECONDS); // a bound against a hang, not a speed requirement
      }
      pool.shutdown();
      // After the storm: the index is consistent as a whole.
      long total = 0;
      for (var s : service.releases()) {
        total += s.paragraphs();
      }
      assertEquals((Long) total, (Long) service.paragraphCount(), "paragraphs outside any listed release");
      for (int k = 0; k < RELEASES; k++) {
        var r = service.release("load-" + k);
        if (r.isPresent()) {
          Matcher m = MARKER.matcher(r.get().paragraphs().get(r.get().paragraphs().size() - 1).text());
          assertTrue(m.find());
          assertEquals((long) expected.get(m.group()), r.get().paragraphs().stream().filter(p -> p.text().contains(m.group())).count());
        }
      }
    }
    long maxMs = java.util.Arrays.stream(maxSearchNanos).max().orElse(0) / 1_000_000;
    Reliability.report("ConcurrentLoadTest", String.format(Locale.ROOT,
        "%d s, %d reader and %d writer threads: %d searches (%d saw a load release), %d puts, %d deletes; "
            + "errors %d, inconsistent views %d; slowest search %d ms",
        SECONDS, READERS, WRITERS, searches.get(), sawPresent.get(), puts.get(), deletes.get(),
        errors.stream().filter(e -> !e.startsWith("reader saw")).count(),
        errors.stream().filter(e -> e.startsWith("reader saw")).count(), maxMs));
    assertTrue(errors.isEmpty(), String.join("\n", errors));
    assertTrue(searches.get() > 0 && puts.get() > 0 && deletes.get() > 0);
  }

  /** Null if every load release in the result shows exactly one version, whole; else what is wrong. */
  private static String consistency(SearchResult r, Map<String, Integer> expected) {
    Map<String, Integer> markers = new HashMap<>();
    Map<String, String> releaseMarker = new HashMap<>();
    for (SearchResult.Hit h : r.hits()) {
      String release = h.paragraph().release().id();
      if (!release.startsWith("load-")) {
        continue;
      }
      Matcher m = MARKER.matcher(h.paragraph().text());
      if (!m.find()) {
        return "a load paragraph without a marker: " + h.paragraph().id();
      }
      String before = releaseMarker.putIfAbsent(release, m.group());
      if (before != null && !before.equals(m.group())) {
        return "two versions of " + release + " at once: " + before + " and " + m.group();
      }
      markers.merge(m.group(), 1, Integer::sum);
    }
    if (r.hits().size() < SearchRequest.MAX_SIZE) { // the page holds every hit: counts are complete
      for (Map.Entry<String, Integer> e : markers.entrySet()) {
        if (!e.getValue().equals(expected.get(e.getKey()))) {
          return "version " + e.getKey() + " with " + e.getValue() + " of its " + expected.get(e.getKey()) + " paragraphs";
        }
      }
    }
    return null;
  }
}
