package io.pressroom.search;

import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import io.pressroom.model.ParsedRelease;
import io.pressroom.ingest.ReleaseParser;
import java.nio.file.Path;

/** The shipped seed article, parsed, for tests. */
final class SeedCorpus {
  static final Path FILE = Path.of("corpus/2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference.txt");
  static final String ID = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference";

  private SeedCorpus() {}

  static ParsedRelease parse() throws Exception {
    return ReleaseParser.standard().parseFile(FILE);
  }

  /** The paragraph id at a position of the seed. */
  static String p(int position) {
    return ID + "#" + position;
  }

  /** A fresh in-memory index holding the seed. */
  static Archive index() throws Exception {
    Archive s = Archive.open(LuceneStore.inMemory());
    s.put(parse());
    return s;
  }
}
