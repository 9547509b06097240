package io.pressroom.search;

import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The relevance contract on the embedded index. */
class RelevanceTest extends RelevanceContract {
  private static Archive index;

  @BeforeAll
  static void open() throws Exception {
    index = Archive.open(LuceneStore.inMemory());
    CorpusIngest.ingestPaths(index, List.of(Path.of("corpus")), line -> {});
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
