package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.core.Archive;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.ParsedRelease;
import io.pressroom.search.SearchRequest;
import io.pressroom.testing.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.apache.lucene.tests.store.MockIndexOutputWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * I/O errors and a full disk during ingest, injected by Lucene's {@link MockDirectoryWrapper} under
 * the service: the ingest fails with an {@link IOException} (surfaced, not swallowed), the state
 * committed before stays searchable — in the same service and after reopening the index — and a
 * retry with the faults off succeeds.
 *
 * <p>The faults are proved to have happened, not only survived: some trials must fail, and every
 * failure must carry, among its causes, the very exception the injector made (an exception
 * created in {@link MockDirectoryWrapper}'s random-error methods, or in {@link
 * MockIndexOutputWrapper}'s disk-full check), not some other error.
 *
 * <p>{@code -Dpressroom.reliability.iotrials=N} (default 10 random-I/O-error trials for CI; 40 or more on demand).
 */
class IoFaultTest {
  static final int TRIALS = Reliability.size("pressroom.reliability.iotrials", 10);

  @TempDir Path tmp;

  /** Where the random I/O errors are made: the methods whose {@code new IOException(…)} they are. */
  static final Set<String> RANDOM_ERRORS = Set.of(
      MockDirectoryWrapper.class.getName() + ".maybeThrowIOException",
      MockDirectoryWrapper.class.getName() + ".maybeThrowIOExceptionOnOpen");

  /** Where the full-disk errors are made. */
  static final Set<String> DISK_FULL = Set.of(MockIndexOutputWrapper.class.getName() + ".checkDiskFull");

  /** What one trial did: whether the faulty write failed, and the injected exception found in the failure. */
  private record Trial(boolean failed, Throwable injected) {}

  /**
   * The exception among {@code failure}, its causes and their suppressed exceptions (a graph, walked
   * once per node) that {@code injector} created: the first frame of its stack trace is one of the
   * injector's methods. Null if there is none.
   */
  static Throwable injectedCause(Throwable failure, Set<String> injector) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      StackTraceElement[] stack = t.getStackTrace();
      if (t instanceof IOException && stack.length > 0
          && injector.contains(stack[0].getClassName() + "." + stack[0].getMethodName())) {
        return t;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        todo.push(suppressed);
      }
    }
    return null;
  }

  /** An injected exception for the report: its class, the start of its message and where it was made. */
  private static String describe(Throwable injected) {
    StackTraceElement at = injected.getStackTrace()[0];
    String message = String.valueOf(injected.getMessage());
    return injected.getClass().getSimpleName() + " \"" + (message.length() > 60 ? message.substring(0, 60) + "…" : message)
        + "\" from " + at.getClassName().substring(at.getClassName().lastIndexOf('.') + 1) + "." + at.getMethodName();
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  /** Files a failed Lucene flush left open, by trial (reported, not failed: the leak is Lucene's). */
  private static final List<String> leaks = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Snapshot of what a committed index shows. */
  private record State(long paragraphs, List<String> releases, long sampleTotal, List<String> sampleIds) {}

  private static State state(Archive s) throws IOException {
    var r = s.search(SearchRequest.builder().query("滬港 合作").size(20).build());
    return new State(s.paragraphCount(), s.releases().stream().map(x -> x.release().id() + ":" + x.paragraphs()).sorted().toList(),
        r.total(), r.hits().stream().map(h -> h.paragraph().id()).sorted().toList());
  }

  /** Small English releases, parsed in memory. */
  static List<ParsedRelease> batch(String prefix, int n, long seed) throws Exception {
    ParsedRelease isd = Corpus.english().parsed();
    List<String> texts = isd.paragraphs().stream().map(p -> p.text()).filter(t -> t.length() > 80).toList();
    Random random = new Random(seed);
    List<ParsedRelease> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder t = new StringBuilder("Release " + prefix + i + " on co-operation\n\n");
      int k = 2 + random.nextInt(8);
      for (int j = 0; j < k; j++) {
        t.append(texts.get(random.nextInt(texts.size()))).append("\n\n");
      }
      out.add(ReleaseParser.standard().parse(t.toString().getBytes(StandardCharsets.UTF_8), prefix + i + ".txt",
          ReleaseParser.Format.TEXT));
    }
    return out;
  }

  private static MockDirectoryWrapper mock(Path dir, long seed) throws IOException {
    MockDirectoryWrapper d = new MockDirectoryWrapper(new Random(seed), FSDirectory.open(dir));
    d.setCheckIndexOnClose(false); // checked below by reopening through the service
    return d;
  }

  /** Every release of {@code batch} is wholly present or wholly absent; returns how many are present. */
  private static int wholeOrAbsent(Archive s, List<ParsedRelease> batch) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    s.releases().forEach(r -> counts.put(r.release().id(), r.paragraphs()));
    int present = 0;
    for (ParsedRelease r : batch) {
      Integer n = counts.get(r.release().id());
      if (n != null) {
        assertEquals(r.paragraphs().size(), n, r.release().id() + " is half-present");
        present++;
      }
    }
    return present;
  }

  @Test
  void randomIoErrorsFailTheIngestAndLoseNothingCommitted() throws Exception {
    List<String> outcomes = new ArrayList<>();
    int failed = 0;
    Map<String, Integer> causes = new TreeMap<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      Path dir = tmp.resolve("random-" + trial);
      MockDirectoryWrapper mock = mock(dir, trial);
      double rate = 0.002 + 0.01 * (trial % 5);
      List<ParsedRelease> batch = batch("io" + trial + "-", 30, trial);
      Trial t = faultyWrite(mock, dir, batch, RANDOM_ERRORS, () -> {
        mock.setRandomIOExceptionRate(rate);
        mock.setRandomIOExceptionRateOnOpen(rate);
      }, () -> {
        mock.setRandomIOExceptionRate(0);
        mock.setRandomIOExceptionRateOnOpen(0);
      }, outcomes, "trial " + trial + " (rate " + rate + ")");
      if (t.failed()) {
        failed++;
        causes.merge(t.injected().getStackTrace()[0].getMethodName(), 1, Integer::sum);
      }
    }
    outcomes.forEach(System.out::println);
    leaks.forEach(l -> System.out.println("leak: " + l));
    Reliability.report("IoFaultTest", leaks.size() + " of those trials ended with temporary files of the failed flush left open by Lucene");
    Reliability.report("IoFaultTest", String.format(Locale.ROOT,
        "%d trials of random I/O errors (rate 0.2%%-4.2%% per operation) during a 30-release putAll: %d failed with an "
            + "IOException, each caused by the injector's own exception (made in MockDirectoryWrapper.%s), %d succeeded; "
            + "every time: committed corpus intact in the service and after reopening, batch "
            + "whole or absent; retry in the same service succeeded %d times, refused with the clear 'could not be "
            + "reopened' error %d times (Lucene kept the dead writer's lock), after a restart always; data lost 0",
        TRIALS, failed, causes, TRIALS - failed, outcomes.stream().filter(o -> o.contains("same service ok")).count(),
        outcomes.stream().filter(o -> o.contains("same service refused")).count()));
    assertTrue(failed > 0, "no trial failed: the injected I/O errors never reached a write, so nothing was tested");
  }

  @Test
  void aFullDiskFailsTheIngestAndLosesNothingCommitted() throws Exception {
    List<String> outcomes = new ArrayList<>();
    int failed = 0;
    int atZero = 0;
    long[] headroom = {0, 1_000, 20_000, 100_000, 400_000};
    for (int trial = 0; trial < headroom.length; trial++) {
      Path dir = tmp.resolve("full-" + trial);
      MockDirectoryWrapper mock = mock(dir, 100 + trial);
      long room = headroom[trial];
      Trial t = faultyWrite(mock, dir, batch("full" + trial + "-", 60, trial), DISK_FULL, () -> {
        mock.setTrackDiskUsage(true);
        try {
          mock.setMaxSizeInBytes(mock.sizeInBytes() + room);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, () -> mock.setMaxSizeInBytes(0), outcomes, "disk full with " + room + " bytes left");
      failed += t.failed() ? 1 : 0;
      atZero += t.failed() && room == 0 ? 1 : 0;
    }
    outcomes.forEach(System.out::println);
    Reliability.report("IoFaultTest", headroom.length + " full-disk trials (0 B to 400 KB left) during a 60-release putAll: "
        + failed + " failed with an IOException, each caused by the injector's own \"fake disk full\" exception "
        + "(made in MockIndexOutputWrapper.checkDiskFull); committed corpus intact, retry after freeing space succeeded; "
        + "data lost 0");
    assertEquals(1, atZero, "with no byte left the write must fail");
    assertTrue(failed > 0, "no trial failed: the full disk never reached a write, so nothing was tested");
  }

  /**
   * Ingests the corpus, turns faults on, puts {@code batch}, turns them off and checks: the failure
   * (if any) is an IOException caused by an exception {@code injector} made; the service still
   * searches the committed state; the batch is whole or absent; a retry in the same service
   * succeeds; the index reopens with the corpus and the batch.
   */
  private static Trial faultyWrite(MockDirectoryWrapper mock, Path dir, List<ParsedRelease> batch, Set<String> injector,
      Runnable faultsOn, Runnable faultsOff, List<String> outcomes, String what) throws Exception {
    boolean threw = false;
    Throwable injected = null;
    String message = "ok";
    String retried = "";
    State before;
    Archive service = Archive.open(LuceneStore.open(mock));
    try {
      Corpus.ingestInto(service);
      before = state(service);
      faultsOn.run();
      try {
        service.putAll(batch);
      } catch (IOException e) {
        threw = true;
        message = e.getMessage();
        injected = injectedCause(e, injector);
        assertNotNull(injected, what + ": the write failed, but not because of the injected fault "
            + "(no exception made by " + injector + " among its causes):\n" + stackTrace(e));
      } catch (RuntimeException e) {
        faultsOff.run();
        throw new AssertionError(what + ": the failure surfaced as " + e + ", not as an IOException", e);
      }
      faultsOff.run();
      // The same service, without restarting: committed state searchable, batch whole or absent.
      int present = wholeOrAbsent(service, batch);
      if (present == 0) {
        assertEquals(before, state(service), what + ": the committed state changed");
      } else {
        assertEquals(batch.size(), present, what + ": part of the batch was committed: " + present);
      }
      // A retry succeeds in the same service, or (when Lucene could not release the dead writer's
      // lock) fails saying so while searches go on serving the last commit.
      try {
        service.putAll(batch);
        assertEquals(batch.size(), wholeOrAbsent(service, batch), what + ": retry");
        retried = "retry in the same service ok";
      } catch (IOException e) {
        assertTrue(e.getMessage().contains("could not be reopened") && e.getMessage().contains("searches serve the last commit"),
            what + ": unclear failure of the retry: " + e.getMessage());
        assertEquals(before.releases(), state(service).releases(), what + ": searches after a failed reopen");
        retried = "retry in the same service refused (" + e.getMessage().lines().findFirst().orElse("") + ")";
      }
    } finally {
      try {
        service.close();
      } catch (RuntimeException e) {
        // Lucene itself can leave a temporary file of the flush that failed open (index sorting
        // writes stored fields to a .tmp first); MockDirectoryWrapper refuses to close over it.
        if (!String.valueOf(e.getMessage()).startsWith("MockDirectoryWrapper: cannot close: there are still")) {
          throw e;
        }
        leaks.add(what + ": " + e.getMessage());
      }
    }
    // Reopened from disk without faults, as a restarted process would (a copy without the in-JVM
    // write lock): opens, corpus intact, the batch whole or absent, a retry succeeds.
    Path copy = dir.resolveSibling(dir.getFileName() + "-restarted");
    Files.createDirectories(copy);
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    try (Archive reopened = Archive.open(LuceneStore.open(copy))) {
      wholeOrAbsent(reopened, batch);
      reopened.putAll(batch);
      assertEquals(batch.size(), wholeOrAbsent(reopened, batch), what + ": retry after reopening");
      List<String> releases = state(reopened).releases();
      for (String r : before.releases()) {
        assertTrue(releases.contains(r), what + ": lost " + r);
      }
      // The corpus answers the sample search as before (the batch, now present, may answer it too).
      var sample = reopened.search(SearchRequest.builder().query("滬港 合作").releases(List.of(Corpus.HKCD, Corpus.ISD))
          .size(20).build());
      assertEquals(before.sampleTotal(), sample.total(), what + ": sample search over the corpus after reopening");
    }
    outcomes.add(what + ": " + (threw ? "IOException: " + message.lines().findFirst().orElse("") + " <- injected "
        + describe(injected) : "no fault hit") + "; " + retried);
    return new Trial(threw, injected);
  }
}
