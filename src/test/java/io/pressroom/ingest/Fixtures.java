package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
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

  /** The first paragraph of {@code r} whose text starts with {@code start}; fails listing them all if none does. */
  static Paragraph paragraph(ParsedRelease r, String start) {
    return r.paragraphs().stream().filter(p -> p.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starts with " + start + ": " + r.paragraphs().stream().map(Paragraph::text).toList()));
  }

  /** The paragraph starting with {@code start} has this kind and, for a clause, this area id; other kinds have no area. */
  static Paragraph assertKindAndArea(ParsedRelease r, String start, Kind kind, String area) {
    Paragraph p = paragraph(r, start);
    assertEquals(kind, p.kind(), start);
    if (kind == Kind.CLAUSE) {
      assertNotNull(p.area(), start + ": area");
      assertEquals(area, p.area().id(), start + ": area");
    } else {
      assertNull(p.area(), start + ": area");
    }
    return p;
  }
}
