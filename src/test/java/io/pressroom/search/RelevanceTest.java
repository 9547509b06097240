package io.pressroom.search;

import io.pressroom.core.Archive;
import io.pressroom.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The relevance contract on the embedded index. */
class RelevanceTest extends RelevanceContract {
  private static Archive index;

  @BeforeAll
  static void open() throws Exception {
    index = Corpus.corpusArchive();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Override
  protected Archive corpusIndex() {
    return index;
  }
}
