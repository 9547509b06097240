package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pressroom.core.Archive;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during a large ingest: {@code pressroom ingest} runs as a child JVM (the test's own class
 * path, {@code io.pressroom.cli.Main}) over a generated corpus of many small releases and is killed
 * with SIGKILL ({@link Process#destroyForcibly()}) at a random moment, again and again on the same
 * index. After every kill the index must open, every release must be wholly present (as many
 * paragraphs as the parser gives it) or wholly absent, and every release seen after an earlier kill
 * must still be there (a re-ingest replaces releases, never drops them). Every {@value
 * #TRIALS_PER_INDEX} trials start again on an empty index, so kills land in first ingests as well as
 * in re-ingests.
 *
 * <p>{@code -Dpressroom.reliability.trials=N} (default 8 for CI, about 5 s a trial; 20 or more on demand), {@code -Dpressroom.reliability.releases=N}
 * (default 300), {@code -Dpressroom.reliability.seed=S}.
 */
class KillDuringIngestTest {
  static final int TRIALS = Reliability.size("pressroom.reliability.trials", 8);
  static final int RELEASES = Reliability.size("pressroom.reliability.releases", 300);
  static final long SEED = Reliability.seed("pressroom.reliability.seed", 9L);

  /** Trials on one index before starting again from an empty one. */
  static final int TRIALS_PER_INDEX = 4;

  @TempDir Path tmp;

  /** Small English releases cut from the shipped ISD release: headline, body paragraphs, end line. */
  private Map<String, Integer> writeCorpus(Path dir) throws Exception {
    Files.createDirectories(dir);
    ParsedRelease isd = Corpus.english().parsed();
    List<String> texts = isd.paragraphs().stream().map(p -> p.text()).filter(t -> t.length() > 80).toList();
    Random random = new Random(SEED);
    Map<String, Integer> expected = new HashMap<>();
    ReleaseParser parser = ReleaseParser.standard();
    for (int i = 0; i < RELEASES; i++) {
      StringBuilder t = new StringBuilder();
      String headline = String.format(Locale.ROOT, "Release %04d on co-operation kq%04d", i, i);
      t.append(headline).append('\n').append("*".repeat(headline.length())).append("\n\n");
      int n = 2 + random.nextInt(9);
      for (int k = 0; k < n; k++) {
        t.append("     ").append(texts.get(random.nextInt(texts.size()))).append(" (kq").append(i).append(")\n\n");
      }
      t.append(String.format(Locale.ROOT, "Ends/Friday, April %d, 2024%nIssued at HKT 19:%02d%n", 1 + i % 28, i % 60));
      Path file = dir.resolve(String.format(Locale.ROOT, "kill-%04d.txt", i));
      Files.writeString(file, t, StandardCharsets.UTF_8);
      ParsedRelease r = parser.parseFile(file);
      expected.put(r.release().id(), r.paragraphs().size());
    }
    return expected;
  }

  private Process ingest(Path corpus, Path index, boolean quiet) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "io.pressroom.cli.Main", "ingest", "--index", index.toString(), corpus.toString()));
    if (quiet) {
      cmd.add("--quiet");
    }
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (quiet) {
      b.redirectOutput(tmp.resolve("ingest.log").toFile());
    }
    return b.start();
  }

  /**
   * Lets the child print {@code lines} progress lines (one per release parsed; the batch commits
   * come after every 200th and after the last), waits {@code extraMs} more, then kills it with
   * SIGKILL unless it finished. Returns whether it had finished.
   */
  private static boolean killAfter(Process child, int lines, long extraMs) throws Exception {
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int seen = 0;
      while (seen < lines && out.readLine() != null) {
        seen++;
      }
      boolean finished = child.waitFor(extraMs, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed child exits");
      }
      return finished;
    }
  }

  /** The releases in the index with their paragraph counts; checks wholeness against {@code expected}. */
  private static Map<String, Integer> check(Path index, Map<String, Integer> expected, String when) throws Exception {
    Map<String, Integer> present = new HashMap<>();
    try (Archive service = Archive.open(LuceneStore.open(index))) {
      long total = 0;
      for (io.pressroom.core.ReleaseSummary s : service.releases()) {
        String id = s.release().id();
        Integer want = expected.get(id);
        if (want == null || want != s.paragraphs()) {
          fail(when + ": release " + id + " has " + s.paragraphs() + " paragraphs, expected " + want + " (half-present)");
        }
        // The stored release reads back whole and in order, too.
        assertEquals(want, service.release(id).orElseThrow().paragraphs().size(), when + " " + id);
        present.put(id, s.paragraphs());
        total += s.paragraphs();
      }
      assertEquals(total, service.paragraphCount(), when + ": paragraphs outside any listed release");
    }
    return present;
  }

  @Test
  void killedIngestLeavesEveryReleaseWholeOrAbsentAndLosesNothingCommitted() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Map<String, Integer> expected = writeCorpus(corpus);

    // Calibration: one uninterrupted ingest gives its duration and the complete index.
    Path full = tmp.resolve("full-index");
    long t0 = System.nanoTime();
    Process p = ingest(corpus, full, true);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "calibration ingest finished");
    long fullMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("ingest.log")));
    assertEquals(expected, check(full, expected, "uninterrupted ingest"));

    Random random = new Random(SEED);
    Path index = null;
    Set<String> committed = new HashSet<>();
    List<String> trace = new ArrayList<>();
    int killedMidway = 0;
    for (int trial = 1; trial <= TRIALS; trial++) {
      if ((trial - 1) % TRIALS_PER_INDEX == 0) {
        // A new empty index now and then, so that kills land in a first ingest too, not only in re-ingests.
        index = tmp.resolve("index-" + trial);
        committed.clear();
        trace.add("new index");
      }
      // Kill at a random point of the ingest: while releases are parsed and buffered, around a batch
      // commit (after every 200th release), or during the last commit and the linking after it.
      int lines = Math.min(RELEASES, random.nextInt(RELEASES + RELEASES / 4));
      long extraMs = lines == RELEASES ? random.nextInt((int) Math.max(1, fullMs / 2)) : random.nextInt(50);
      boolean finished = killAfter(ingest(corpus, index, false), lines, extraMs);
      String delay = lines + "+" + extraMs;
      Map<String, Integer> present = check(index, expected, "after trial " + trial);
      Set<String> lost = new HashSet<>(committed);
      lost.removeAll(present.keySet());
      assertTrue(lost.isEmpty(), "trial " + trial + " lost releases committed earlier: " + lost);
      if (!finished && present.size() > committed.size() && present.size() < expected.size()) {
        killedMidway++;
      }
      committed.addAll(present.keySet());
      trace.add(String.format(Locale.ROOT, "%d:%s@%s=%d", trial, finished ? "done" : "kill", delay, present.size()));
    }
    Reliability.report("KillDuringIngestTest", String.format(Locale.ROOT,
        "%d releases (%d paragraphs), uninterrupted ingest %d ms; %d SIGKILL trials: after N releases parsed + M ms, releases present: %s; "
            + "%d kills left a partial index; half-present releases 0, committed releases lost 0",
        expected.size(), expected.values().stream().mapToInt(Integer::intValue).sum(), fullMs, TRIALS, trace,
        killedMidway));
  }
}
