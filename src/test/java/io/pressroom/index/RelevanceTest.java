package io.pressroom.index;

import io.pressroom.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The relevance contract on the embedded index. */
class RelevanceTest extends RelevanceContract {
  private static LuceneSearchService index;

  @BeforeAll
  static void open() throws Exception {
    index = LuceneSearchService.openInMemory();
    CorpusIngest.ingestPaths(index, List.of(Path.of("corpus")), line -> {});
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Override
  protected SearchService corpusIndex() {
    return index;
  }
}
