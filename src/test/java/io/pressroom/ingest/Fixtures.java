package io.pressroom.ingest;

import io.pressroom.model.ParsedRelease;
import java.nio.file.Path;

/** The test fixtures under src/test/resources/io/pressroom/ingest/. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    return Path.of("src", "test", "resources", "io", "pressroom", "ingest", name);
  }

  static ParsedRelease parse(String name) throws IngestException {
    return ReleaseParser.standard().parseFile(path(name));
  }

  /** Parses text given inline, as a posted body would be. */
  static ParsedRelease parseText(String text, String name) throws IngestException {
    return ReleaseParser.standard().parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), name, ReleaseParser.Format.AUTO);
  }
}
