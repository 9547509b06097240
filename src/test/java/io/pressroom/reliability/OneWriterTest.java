package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.core.ReleaseSummary;
import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer: a write that fails half-way leaves nothing buffered that the next commit could
 * publish, and writes from several threads at once (a bulk ingest, posts, deletes, the linking
 * they cause) go through one path and end in the state their order gives.
 */
class OneWriterTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/corpus");

  @TempDir Path tmp;

  private static List<ParsedRelease> fixtures() {
    List<ParsedRelease> out = new ArrayList<>();
    DirectoryIngest.readAll(List.of(FIXTURES)).stream().filter(DirectoryIngest.FileResult::ok).forEach(r -> out.add(r.release()));
    return out;
  }

  private static Map<String, Integer> releases(Archive a) throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    for (ReleaseSummary s : a.releases()) {
      out.put(s.release().id(), s.paragraphs());
    }
    return out;
  }

  /** {@code r} with its third paragraph broken (no kind): the index fails on it, after the paragraphs before it. */
  private static ParsedRelease brokenAtThirdParagraph(ParsedRelease r) {
    List<Paragraph> ps = new ArrayList<>(r.paragraphs());
    Paragraph p = ps.get(2);
    ps.set(2, new Paragraph(p.id(), p.release(), p.position(), null, p.lang(), p.text(), p.section(), p.area(), p.agreement()));
    return r.withParagraphs(ps);
  }

  @Test
  void aWriteThatFailsHalfWayLeavesNothingForTheNextCommit() throws Exception {
    List<ParsedRelease> more = fixtures();
    ParsedRelease first = more.get(0);
    ParsedRelease broken = brokenAtThirdParagraph(more.get(1));
    ParsedRelease after = more.get(2);
    ParsedRelease next = more.get(3);
    Path index = tmp.resolve("index");
    Map<String, Integer> committed;
    try (Archive archive = Archive.open(LuceneStore.open(index))) {
      Corpus.ingestInto(archive);
      committed = releases(archive);

      IOException failed = assertThrows(IOException.class, () -> archive.putAll(List.of(first, broken, after)));
      assertTrue(failed.getMessage().startsWith("writing 3 release(s) failed"), failed.getMessage());
      Throwable cause = failed;
      while (cause != null && !(cause instanceof NullPointerException)) {
        cause = cause.getCause();
      }
      assertNotNull(cause, "the write failed on the broken paragraph (its missing kind), not on something else");
      assertEquals(committed, releases(archive), "the failed write published nothing");

      archive.put(next); // commits: must publish only its own release
      Map<String, Integer> expected = new TreeMap<>(committed);
      expected.put(next.release().id(), next.paragraphs().size());
      assertEquals(expected, releases(archive), "the next commit published the next release and nothing of the failed write");
    }
    try (Archive reopened = Archive.open(LuceneStore.openReadOnly(index))) {
      Map<String, Integer> onDisk = releases(reopened);
      assertFalse(onDisk.containsKey(first.release().id()), "the release written before the failure was not committed");
      assertFalse(onDisk.containsKey(broken.release().id()));
      assertTrue(onDisk.containsKey(next.release().id()));
      assertEquals(committed.size() + 1, onDisk.size());
    }
  }

  @Test
  void writesFromManyThreadsGoThroughOnePath() throws Exception {
    List<ParsedRelease> more = fixtures();
    List<ParsedRelease> posted = more.subList(0, 12);
    Path index = tmp.resolve("index");
    try (Archive archive = Archive.open(LuceneStore.open(index))) {
      Corpus.ingestInto(archive);
      List<CompletableFuture<Void>> writers = new ArrayList<>();
      // A bulk ingest of the whole fixture folder ...
      writers.add(CompletableFuture.runAsync(() -> {
        try {
          CorpusIngest.ingestPaths(archive, List.of(FIXTURES), line -> { });
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
      // ... while three threads post releases, and delete and post them again.
      for (int t = 0; t < 3; t++) {
        List<ParsedRelease> mine = posted.subList(t * 4, t * 4 + 4);
        writers.add(CompletableFuture.runAsync(() -> {
          try {
            for (int round = 0; round < 3; round++) {
              for (ParsedRelease r : mine) {
                archive.put(r);
                archive.delete(r.release().id());
                archive.put(r);
              }
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
      }
      for (CompletableFuture<Void> w : writers) {
        w.get(300, TimeUnit.SECONDS);
      }
      Map<String, Integer> expected = new TreeMap<>();
      Corpus.releases().forEach(r -> expected.put(r.parsed().release().id(), r.parsed().paragraphs().size()));
      more.forEach(r -> expected.put(r.release().id(), r.paragraphs().size()));
      assertEquals(expected, releases(archive), "every release whole, each once");
      assertEquals(expected.values().stream().mapToLong(Integer::longValue).sum(), archive.paragraphCount());
      // Links point at paragraphs that exist.
      Set<String> ids = new java.util.HashSet<>();
      archive.forEachParagraph(p -> ids.add(p.id()));
      archive.forEachParagraph(p -> {
        if (p.counterpart() != null) {
          assertTrue(ids.contains(p.counterpart().id()), p.id() + " links to a paragraph that is gone: " + p.counterpart().id());
        }
      });
    }
  }
}
