package io.pressroom.search;

import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped glossary's shape, and a user's glossary file extending it without a rebuild. */
class GlossaryTest {
  @Test
  void shippedGlossaryIsWellFormed() {
    Glossary g = Glossary.standard();
    assertTrue(g.size() >= 300, "a few hundred entries: " + g.size());
    Glossary.Entry green = g.findEnglish(List.of("green", "finance")).get(0).entry();
    assertTrue(green.traditional().contains("綠色金融"));
    assertTrue(green.simplified().contains("绿色金融"));
    assertEquals(green, g.findChinese("绿色金融").orElseThrow(), "Chinese terms match in either script");
    assertEquals(green, g.findChinese("綠色金融").orElseThrow());
    assertEquals(1, g.findEnglish(List.of("Bond", "Markets")).size(), "case and plural folded");
  }

  @Test
  void longestTermWinsAndTermsDoNotOverlap() {
    Glossary g = Glossary.standard();
    List<Glossary.Match> m = g.findEnglish(List.of("green", "finance", "products", "and", "bond", "market"));
    assertEquals(2, m.size(), m.toString());
    assertEquals(0, m.get(0).start());
    assertEquals(3, m.get(0).end(), "'green finance products' rather than 'green finance'");
    assertEquals(4, m.get(1).start());
  }

  @Test
  void aUserFileAddsEntries(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("glossary.tsv");
    Files.writeString(file, "# a user's term\ninter-museum friendship\t館際友好\t馆际友好\n");
    Glossary g = Glossary.standardWith(file);
    assertEquals(Glossary.standard().size() + 1, g.size());
    try (Archive withUser = Archive.open(LuceneStore.inMemory(), g);
        Archive shipped = Archive.open(LuceneStore.inMemory())) {
      CorpusIngest.ingestPaths(withUser, List.of(Path.of("corpus")), line -> {});
      CorpusIngest.ingestPaths(shipped, List.of(Path.of("corpus")), line -> {});
      String zh20 = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference#64";
      assertTrue(ids(withUser, "inter-museum friendship").contains(zh20));
      assertFalse(ids(shipped, "inter-museum friendship").contains(zh20));
    }
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("glossary.tsv");
    Files.writeString(file, "ok\t好\t好\nonly two\tcolumns\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.standardWith(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  private static List<String> ids(Archive s, String q) throws Exception {
    return s.search(SearchRequest.builder().query(q).size(100).build()).hits().stream().map(h -> h.paragraph().id()).toList();
  }
}
