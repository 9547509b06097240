package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.core.ReleaseSummary;
import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.ParsedRelease;
import io.pressroom.search.SearchRequest;
import io.pressroom.synthetic.CorpusGenerator;
import io.pressroom.testing.Await;
import io.pressroom.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore as README describes them: {@code backup --to DIR} copies a consistent commit
 * while searches and writes go on; restoring is using a folder that holds {@code BACKUP-COMPLETE}
 * as the index; and a backup killed with SIGKILL leaves the live index as it was and a folder that
 * either holds the whole commit or is refused as an index.
 *
 * <p>{@code -Dpressroom.reliability.backupKills=N} (default 6 for CI; 20 on demand).
 */
class BackupRestoreTest {
  static final int KILLS = Reliability.size("pressroom.reliability.backupKills", 6);

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/corpus");

  @TempDir Path tmp;

  /** Release id → paragraphs, as the index lists them. */
  private static Map<String, Integer> releases(Archive a) throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    for (ReleaseSummary s : a.releases()) {
      out.put(s.release().id(), s.paragraphs());
    }
    return out;
  }

  private static Map<String, Integer> releasesIn(Path index) throws IOException {
    try (Archive a = Archive.open(LuceneStore.openReadOnly(index))) {
      return releases(a);
    }
  }

  @Test
  void aBackupTakenWhileSearchesAndWritesGoOnHoldsWholeReleases() throws Exception {
    Path index = tmp.resolve("index");
    List<ParsedRelease> later = new ArrayList<>();
    DirectoryIngest.readAll(List.of(FIXTURES)).stream().filter(DirectoryIngest.FileResult::ok).forEach(r -> later.add(r.release()));
    Map<String, Integer> expected = new TreeMap<>();
    later.forEach(r -> expected.put(r.release().id(), r.paragraphs().size()));
    Corpus.releases().forEach(r -> expected.put(r.parsed().release().id(), r.parsed().paragraphs().size()));

    try (Archive archive = Archive.open(LuceneStore.open(index))) {
      CorpusIngest.ingestPaths(archive, List.of(Corpus.DIR), line -> { });
      Map<String, Integer> before = releases(archive);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger searches = new AtomicInteger();
      AtomicInteger written = new AtomicInteger();
      CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
        while (!stop.get()) {
          try {
            assertTrue(archive.search(SearchRequest.builder().query("金融").size(10).build()).total() > 0);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          searches.incrementAndGet();
        }
      });
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        for (ParsedRelease r : later) {
          try {
            archive.put(r);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          written.incrementAndGet();
        }
      });
      Await.until("some releases written and searches run", Duration.ofSeconds(60), () -> written.get() >= 3 && searches.get() >= 3);
      int writtenAtBackup = written.get(); // read before: the copy may outlast the remaining writes on a slow disk
      List<String> files = archive.backup(tmp.resolve("backup"));
      writer.get(120, TimeUnit.SECONDS);
      stop.set(true);
      reader.get(60, TimeUnit.SECONDS);
      assertTrue(writtenAtBackup < later.size(), "the backup began while releases were still being written");
      assertFalse(files.isEmpty());
      assertTrue(Files.exists(tmp.resolve("backup").resolve(LuceneStore.BACKUP_COMPLETE)));

      Map<String, Integer> backedUp = releasesIn(tmp.resolve("backup"));
      assertTrue(backedUp.keySet().containsAll(before.keySet()), "everything committed before the backup began is in it");
      assertTrue(backedUp.size() >= before.size() + 1 && backedUp.size() < expected.size(),
          "a commit taken mid-way: " + backedUp.size() + " releases of " + expected.size());
      backedUp.forEach((id, n) -> assertEquals(expected.get(id), n, "release " + id + " is whole in the backup"));
    }
  }

  @Test
  void restoringABackupBringsBackTheArchiveAsItWas() throws Exception {
    Path index = tmp.resolve("index");
    Path backup = tmp.resolve("backup-1");
    String answer;
    try (Archive archive = Archive.open(LuceneStore.open(index))) {
      CorpusIngest.ingestPaths(archive, List.of(Corpus.DIR), line -> { });
      answer = archive.search(SearchRequest.builder().query("绿色金融").size(10).build()).hits().toString();
      archive.backup(backup);
      // Afterwards the archive changes: more releases, one deleted.
      CorpusIngest.ingestPaths(archive, List.of(FIXTURES), line -> { });
      assertTrue(archive.delete(Corpus.HKCD));
    }
    Map<String, Integer> atBackup = releasesIn(backup);
    assertEquals(2, atBackup.size());
    assertNotEquals(atBackup, releasesIn(index));

    // README's restore: stop the server, put the live folder aside, copy the backup in its place.
    Files.move(index, tmp.resolve("index.broken"));
    copyTree(backup, index);
    assertEquals(atBackup, releasesIn(index));
    try (Archive restored = Archive.open(LuceneStore.open(index))) {
      assertEquals(answer, restored.search(SearchRequest.builder().query("绿色金融").size(10).build()).hits().toString());
      restored.put(DirectoryIngest.readAll(List.of(FIXTURES)).get(0).release()); // and it takes writes again
    }
  }

  @Test
  void aBackupKilledMidwayLeavesTheIndexAsItWasAndAFolderThatIsRefused() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.from(Corpus.DIR, 5L).write(6_000, corpus);
    try (Archive archive = Archive.open(LuceneStore.open(index))) {
      CorpusIngest.ingestPaths(archive, List.of(corpus, Corpus.DIR), line -> { });
    }
    Map<String, Integer> live = releasesIn(index);
    Random random = new Random(13);
    int interrupted = 0;
    int complete = 0;
    for (int trial = 0; trial < KILLS; trial++) {
      Path target = tmp.resolve("backup-" + trial);
      Process child = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          "io.pressroom.cli.Main", "backup", "--index", index.toString(), "--to", target.toString())
          .redirectErrorStream(true).redirectOutput(tmp.resolve("backup-" + trial + ".log").toFile()).start();
      // Kill once the copy has begun (its folder has a file), up to 1.5 s later on every other trial.
      Await.until("the backup begins copying", Duration.ofSeconds(60), () -> !child.isAlive() || filesIn(target) > 0);
      if (trial % 2 == 1) {
        child.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS); // the kill's random moment, not a synchronisation
      }
      boolean killed = child.isAlive() && child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      boolean opens;
      try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(target)) {
        opens = org.apache.lucene.index.DirectoryReader.indexExists(d);
      }
      if (opens) {
        complete++;
        assertEquals(live, releasesIn(target), "trial " + trial + ": a backup with its commit point holds the whole archive");
      } else {
        assertTrue(killed, "trial " + trial + ": no commit point, so the child was killed before it finished");
        assertFalse(Files.exists(target.resolve(LuceneStore.BACKUP_COMPLETE)), "no marker without the commit");
        interrupted++;
        if (filesIn(target) > 0) {
          IOException refused = assertThrows(IOException.class, () -> LuceneStore.open(target).close());
          assertTrue(refused.getMessage().contains("no complete index"), refused.getMessage());
        }
        assertThrows(IOException.class, () -> LuceneStore.openReadOnly(target).close());
      }
      // The live index is untouched, and free for the next writer.
      assertEquals(live, releasesIn(index), "trial " + trial);
      try (LuceneStore reopened = LuceneStore.open(index)) {
        assertNotNull(reopened.snapshot());
      }
    }
    Reliability.report("BackupRestoreTest", KILLS + " backups killed with SIGKILL: " + interrupted
        + " interrupted mid-copy (refused as an index), " + complete + " had their commit point (whole)");
    assertTrue(interrupted > 0, "at least one kill landed while the backup was copying");
  }

  private static long filesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
