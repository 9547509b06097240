package io.pressroom.search;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.testing.Corpus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search contract on the embedded index, plus what only the embedded index is asked. */
class SearchCoreTest extends SeedSearchContract {
  private static Archive index;

  @BeforeAll
  static void open() throws Exception {
    index = Corpus.seedArchive();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Override
  protected Archive index() {
    return index;
  }

  @Test
  void timeBudgetReturnsPartialResultsAndSaysSo() throws Exception {
    SearchResult r = index.search(SearchRequest.builder().query("合作").timeBudget(Duration.ZERO).build());
    assertTrue(r.timedOut());
    assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("timed_out") && n.message().contains("budget")),
        r.notices().toString());
  }

  @Test
  void reingestReplacesAndDeleteRemoves() throws Exception {
    try (Archive s = Corpus.seedArchive()) {
      var seed = Corpus.seed().parsed();
      s.put(seed);
      s.put(seed);
      assertEquals(64, s.paragraphCount(), "re-ingest leaves no duplicates");
      assertEquals(1, s.search(SearchRequest.of("绿色金融")).total());

      List<Paragraph> shorter = seed.paragraphs().subList(0, 10);
      s.put(new ParsedRelease(seed.release(), shorter));
      assertEquals(10, s.paragraphCount(), "paragraphs the new version lost are gone");
      assertEquals(0, s.search(SearchRequest.of("绿色金融")).total());

      assertTrue(s.delete(Corpus.HKCD));
      assertEquals(0, s.paragraphCount());
      assertFalse(s.delete(Corpus.HKCD));
      assertTrue(s.release(Corpus.HKCD).isEmpty());
    }
  }
}
