package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pressroom.core.Archive;
import io.pressroom.core.IngestBatch;
import io.pressroom.core.ReleaseSummary;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.ParsedRelease;
import io.pressroom.testing.Corpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during a large ingest: {@code pressroom ingest} runs as a child JVM (the test's own class
 * path, {@code io.pressroom.cli.Main}) over a generated corpus of many small releases and is killed
 * with SIGKILL ({@link ProcessHandle#destroyForcibly()}), again and again on the same index. After every
 * kill the index must open, every release must be wholly present (as many paragraphs as the parser
 * gives it) or wholly absent, and every release seen after an earlier kill must still be there (a
 * re-ingest replaces releases, never drops them). Every {@value #TRIALS_PER_INDEX} trials start
 * again on an empty index, so kills land in first ingests as well as in re-ingests.
 *
 * <p>The test proves the kills landed where they were meant to, not only that nothing was lost.
 * The child prints a progress line for each release just before handing it to the index, flushed
 * at once, and commits after every {@link IngestBatch#SIZE}th release and after the last. After a
 * kill the rest of its output is read to the end, so the test knows exactly how many lines the
 * child printed before it died ({@code L}) and that it never printed its summary. From that:
 *
 * <ul>
 *   <li>a kill <em>landed mid-ingest</em> when the child was alive when killed, died of the signal,
 *       had printed at least 2 lines (so release 1 was written) and not its summary;
 *   <li>the batches committed before line {@code L} must all be in the index, and no release the
 *       child had not reached (beyond line {@code L}) may have appeared; in a new index the
 *       releases present are exactly the first {@code n} files, {@code n} a commit point;
 *   <li>a kill <em>left a partial ingest</em> when at least one batch had been committed and
 *       releases were still to be written.
 * </ul>
 *
 * Kill points cycle through three phases (after the first commit with work left; within the first
 * batch; at the end, with a random delay that may fall in the last commit or the linking), and
 * the test asserts that kills landed mid-ingest and that some left a partial ingest.
 *
 * <p>{@code -Dpressroom.reliability.trials=N} (default 8 for CI, about 3 s a trial; 20 or more on demand),
 * {@code -Dpressroom.reliability.releases=N} (default 300), {@code -Dpressroom.reliability.seed=S}.
 */
class KillDuringIngestTest {
  static final int TRIALS = Reliability.size("pressroom.reliability.trials", 8);
  static final int RELEASES = Reliability.size("pressroom.reliability.releases", 300);
  static final long SEED = Reliability.seed("pressroom.reliability.seed", 9L);

  /** Trials on one index before starting again from an empty one. */
  static final int TRIALS_PER_INDEX = 4;

  /** Releases written between two commits of the child's ingest. */
  static final int BATCH = IngestBatch.SIZE;

  /** A progress line of {@code pressroom ingest}: {@code [N] FILE: K paragraphs}. */
  private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)\\] ");

  /** Lines kept clear of a phase's edge, so that the child, a few lines ahead of the reader, stays inside it. */
  private static final int MARGIN = 40;

  @TempDir Path tmp;

  /** The generated corpus: release ids in the order the child ingests them (sorted file names), with paragraph counts. */
  private record GeneratedCorpus(List<String> order, Map<String, Integer> paragraphs) {
    /** The ids of the first {@code n} releases the child ingests. */
    Set<String> first(int n) {
      return new HashSet<>(order.subList(0, Math.min(n, order.size())));
    }
  }

  /** How a child ingest ended: killed or not, its exit status, the progress lines it printed, its summary. */
  private record Run(boolean killed, int exitValue, int lines, boolean summary) {
    /** Killed while writing: release 1 was written (line 2 printed) and the summary never came. */
    boolean midIngest() {
      return killed && lines >= 2 && !summary;
    }
  }

  /** Small English releases cut from the shipped ISD release: headline, body paragraphs, end line. */
  private GeneratedCorpus writeCorpus(Path dir) throws Exception {
    Files.createDirectories(dir);
    ParsedRelease isd = Corpus.english().parsed();
    List<String> texts = isd.paragraphs().stream().map(p -> p.text()).filter(t -> t.length() > 80).toList();
    Random random = new Random(SEED);
    Map<String, Integer> paragraphs = new LinkedHashMap<>();
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
      paragraphs.put(r.release().id(), r.paragraphs().size());
    }
    // The child walks the folder in sorted file order, which is the order written here.
    return new GeneratedCorpus(List.copyOf(paragraphs.keySet()), paragraphs);
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
   * Reads the child's progress until it has printed {@code lines} lines, waits {@code extraMs} more
   * (the kill's random moment, not a synchronisation), then kills it with SIGKILL unless it had
   * finished, and reads the rest of its output to the end: what it had printed before it died.
   */
  private static Run killAfter(Process child, int lines, long extraMs) throws Exception {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int progress = 0;
      boolean summary = false;
      String line;
      while (progress < lines && (line = out.readLine()) != null) {
        progress += PROGRESS.matcher(line).find() ? 1 : 0;
        summary |= line.startsWith("ingested ");
      }
      boolean killed = false;
      if (!child.waitFor(extraMs, TimeUnit.MILLISECONDS) && child.isAlive()) {
        // SIGKILL through the process handle: Process.destroyForcibly() would also close our end
        // of the pipe, and with it what the child printed before it died.
        assertTrue(child.toHandle().destroyForcibly(), "the kill was sent");
        killed = true;
      }
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child exits");
      // Whatever it printed before it died is still in the pipe.
      while ((line = out.readLine()) != null) {
        progress += PROGRESS.matcher(line).find() ? 1 : 0;
        summary |= line.startsWith("ingested ");
      }
      int exit = child.exitValue();
      // destroyForcibly() on a child that had just exited by itself is not a kill.
      return new Run(killed && exit != 0, exit, progress, summary);
    }
  }

  /** The releases in the index with their paragraph counts; checks wholeness against {@code expected}. */
  private static Map<String, Integer> check(Path index, Map<String, Integer> expected, String when) throws Exception {
    Map<String, Integer> present = new HashMap<>();
    try (Archive service = Archive.open(LuceneStore.open(index))) {
      long total = 0;
      for (ReleaseSummary s : service.releases()) {
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

  /** Releases committed for certain once the child printed {@code lines} lines: the batches before the last line. */
  static int surelyCommitted(int lines) {
    return lines == 0 ? 0 : (lines - 1) / BATCH * BATCH;
  }

  /** Releases that may be committed: also the batch (or the last, partial one) whose last line was the last printed. */
  static int perhapsCommitted(int lines) {
    return lines % BATCH == 0 || lines == RELEASES ? lines : surelyCommitted(lines);
  }

  @Test
  void killedIngestLeavesEveryReleaseWholeOrAbsentAndLosesNothingCommitted() throws Exception {
    assertTrue(RELEASES > BATCH + 2 * MARGIN, "the corpus must span more than one commit: " + RELEASES + " releases");
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus generated = writeCorpus(corpus);
    Map<String, Integer> expected = generated.paragraphs();

    // Calibration: one uninterrupted ingest gives the complete index and how long an ingest takes
    // (measured, to spread the kills of the last phase over it; not asserted).
    Path full = tmp.resolve("full-index");
    long t0 = System.nanoTime();
    Process p = ingest(corpus, full, true);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "calibration ingest finished");
    long fullMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("ingest.log")));
    assertEquals(expected, check(full, expected, "uninterrupted ingest"));

    Random random = new Random(SEED);
    Path index = null;
    boolean fresh = false;
    Set<String> committed = new HashSet<>();
    List<String> trace = new ArrayList<>();
    int kills = 0;
    int midIngest = 0;
    int partial = 0;
    for (int trial = 1; trial <= TRIALS; trial++) {
      if ((trial - 1) % TRIALS_PER_INDEX == 0) {
        // A new empty index now and then, so that kills land in a first ingest too, not only in re-ingests.
        index = tmp.resolve("index-" + trial);
        committed.clear();
        fresh = true;
        trace.add("new index");
      }
      // The kill point: after the first commit with releases left to write; within the first batch;
      // or at the end, after a random delay (during the last commit, the linking, or too late).
      int lines;
      long extraMs;
      switch ((trial - 1) % 3) {
        case 0 -> {
          lines = BATCH + 1 + random.nextInt(RELEASES - BATCH - MARGIN);
          extraMs = random.nextInt(20);
        }
        case 1 -> {
          lines = 2 + random.nextInt(Math.max(1, Math.min(BATCH, RELEASES) - 2 - MARGIN));
          extraMs = random.nextInt(20);
        }
        default -> {
          lines = RELEASES;
          extraMs = random.nextInt((int) Math.max(1, fullMs / 2));
        }
      }
      Run run = killAfter(ingest(corpus, index, false), lines, extraMs);
      String when = "after trial " + trial + " (" + run + ")";
      if (!run.killed()) {
        assertEquals(0, run.exitValue(), when + ": an ingest that was not killed succeeds");
        assertTrue(run.summary(), when + ": an ingest that was not killed prints its summary");
      }
      Map<String, Integer> present = check(index, expected, when);

      // Nothing committed earlier is lost.
      Set<String> lost = new HashSet<>(committed);
      lost.removeAll(present.keySet());
      assertTrue(lost.isEmpty(), "trial " + trial + " lost releases committed earlier: " + lost);
      int done = run.killed() ? run.lines() : RELEASES;
      // Every batch committed before the kill is there...
      Set<String> missing = generated.first(surelyCommitted(done));
      missing.removeAll(present.keySet());
      assertTrue(missing.isEmpty(), when + ": releases of batches committed before the kill are missing: " + missing);
      // ... and nothing the child had not reached appeared.
      Set<String> unreached = new HashSet<>(present.keySet());
      unreached.removeAll(committed);
      unreached.removeAll(generated.first(done));
      assertTrue(unreached.isEmpty(), when + ": releases the child never reached are present: " + unreached);
      if (fresh) {
        // In a new index, exactly the releases of the commits made.
        int n = present.size();
        assertTrue(n == surelyCommitted(done) || n == perhapsCommitted(done),
            when + ": " + n + " releases present, expected " + surelyCommitted(done) + " or " + perhapsCommitted(done));
        assertEquals(generated.first(n), present.keySet(), when + ": the releases present are the first " + n + " ingested");
      }

      kills += run.killed() ? 1 : 0;
      midIngest += run.midIngest() ? 1 : 0;
      boolean leftPartial = run.midIngest() && surelyCommitted(run.lines()) >= BATCH && run.lines() < RELEASES;
      partial += leftPartial ? 1 : 0;
      committed.addAll(present.keySet());
      trace.add(String.format(Locale.ROOT, "%d:%s@%d(+%dms)%s=%d", trial,
          run.killed() ? "kill" : "done", run.lines(), extraMs, leftPartial ? "partial" : "", present.size()));
      fresh = false;
    }
    Reliability.report("KillDuringIngestTest", String.format(Locale.ROOT,
        "%d releases (%d paragraphs, committed every %d), uninterrupted ingest %d ms; %d trials: %d SIGKILLs, %d of them "
            + "mid-ingest (after writing part of the work, before the summary), %d after a commit with releases still to "
            + "write; per trial kill@progress lines printed before death (+ms waited), releases present: %s; "
            + "half-present releases 0, committed releases lost 0",
        expected.size(), expected.values().stream().mapToInt(Integer::intValue).sum(), BATCH, fullMs, TRIALS, kills,
        midIngest, partial, trace));
    assertTrue(midIngest > 0, "no kill landed mid-ingest, so the test proved nothing: " + trace);
    assertTrue(partial > 0, "no kill landed after a commit with work left: " + trace);
  }
}
