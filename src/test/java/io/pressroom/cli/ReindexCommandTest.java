package io.pressroom.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.lucene.LuceneStore;
import io.pressroom.testing.Corpus;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reindex}: an index written by an earlier field table is refused, then rebuilt from the
 * release sources it keeps, to the same paragraphs and links; an index that keeps no sources, or
 * one another process writes, is left alone with a message that says why.
 */
class ReindexCommandTest {
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @TempDir Path dir;

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/corpus");

  @Test
  void anIndexOfAnEarlierVersionIsRefusedThenRebuiltFromItsSources() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), FIXTURES.toString(), "--index", index.toString(), "--quiet"));
    console.takeOut();
    assertEquals(0, Main.run("export", "--index", index.toString()));
    String before = console.takeOut();
    assertEquals(0, Main.run("search", "绿色金融", "--json", "--index", index.toString()));
    String searchBefore = withoutTiming(console.takeOut());

    markWrittenByFieldTable(index, "6");
    assertEquals(1, Main.run("search", "绿色金融", "--index", index.toString()));
    String refused = console.takeErr();
    assertTrue(refused.contains("field table 6") && refused.contains("pressroom reindex"), refused);

    assertEquals(0, Main.run("reindex", "--index", index.toString()));
    String report = console.takeOut();
    assertTrue(report.startsWith("reindexed "), report);
    try (Stream<Path> siblings = Files.list(dir)) {
      List<Path> kept = siblings.filter(p -> p.getFileName().toString().startsWith("index.before-reindex-")).toList();
      assertEquals(1, kept.size(), "the old index is kept beside the new one");
    }

    assertEquals(0, Main.run("export", "--index", index.toString()));
    assertEquals(before, console.takeOut(), "the same paragraphs, areas, agreements and links as ingesting the files gave");
    assertEquals(0, Main.run("search", "绿色金融", "--json", "--index", index.toString()));
    assertEquals(searchBefore, withoutTiming(console.takeOut()));
  }

  @Test
  void anIndexThatKeptNoSourcesIsLeftAloneWithAReason() throws Exception {
    Path index = dir.resolve("old");
    try (Directory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "2019-release#1", Field.Store.NO));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("pressroom.fields", "5").entrySet());
      w.commit();
    }
    assertEquals(1, Main.run("reindex", "--index", index.toString()));
    String err = console.takeErr();
    assertTrue(err.contains("1 release(s)") && err.contains("ingest the original files"), err);
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(index), siblings.toList(), "nothing renamed, nothing left behind");
    }
  }

  @Test
  void anIndexAnotherProcessWritesIsNotTouched() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), "--index", index.toString(), "--quiet"));
    console.takeOut();
    try (Closeable held = LuceneStore.lockFolder(index)) {
      assertEquals(1, Main.run("reindex", "--index", index.toString()));
      assertTrue(console.takeErr().contains("written by another process"));
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(index), siblings.toList());
    }
  }

  private static String withoutTiming(String json) {
    return json.replaceAll("\"took_ms\" : [0-9]+", "");
  }

  /** Rewrites the last commit's version mark, as an index written by an earlier Pressroom carries it. */
  private static void markWrittenByFieldTable(Path index, String version) throws Exception {
    try (Directory d = FSDirectory.open(index)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(d);
      Map<String, String> data = new HashMap<>(infos.getUserData());
      data.put("pressroom.fields", version);
      infos.setUserData(data, true);
      infos.commit(d);
    }
  }
}
