package io.pressroom.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.ingest.IngestException;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.synthetic.CorpusGenerator.ExpectedParagraph;
import io.pressroom.synthetic.CorpusGenerator.SyntheticRelease;
import io.pressroom.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus parses, with the real parser, into exactly the structure it was written with. */
class CorpusGeneratorTest {
  private static final Path CORPUS = Corpus.DIR;

  @Test
  void everyReleaseParsesIntoItsIntendedStructure() throws IOException, IngestException {
    List<SyntheticRelease> releases = new ArrayList<>();
    CorpusGenerator.from(CORPUS, 7).generate(5_000, releases::add);
    ReleaseParser parser = ReleaseParser.standard();
    long paragraphs = 0;
    Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
    Set<String> langs = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    Set<String> areas = new HashSet<>();
    for (SyntheticRelease s : releases) {
      ParsedRelease parsed = parser.parse(s.content().getBytes(StandardCharsets.UTF_8), s.id() + ".txt", ReleaseParser.Format.AUTO);
      assertEquals(s.id(), parsed.release().id());
      assertEquals(s.title(), parsed.release().title(), s.id());
      assertEquals(s.published(), parsed.release().published(), s.id());
      assertEquals(s.language(), parsed.release().language(), s.id());
      assertEquals(s.paragraphs().size(), parsed.paragraphs().size(), s.id());
      for (int i = 0; i < s.paragraphs().size(); i++) {
        ExpectedParagraph e = s.paragraphs().get(i);
        Paragraph p = parsed.paragraphs().get(i);
        String where = s.id() + "#" + (i + 1);
        assertEquals(e.kind(), p.kind(), where);
        assertEquals(e.text(), p.text(), where);
        assertEquals(s.language(), p.lang(), where);
        assertEquals(e.areaId(), p.area() == null ? null : p.area().id(), where);
        assertEquals(e.agreement(), p.agreement() == null ? null : p.agreement().number(), where);
        kinds.merge(p.kind(), 1L, Long::sum);
        if (p.area() != null) {
          areas.add(p.area().id());
        }
      }
      paragraphs += parsed.paragraphs().size();
      langs.add(parsed.release().language());
      years.add(parsed.release().published().getYear());
    }
    assertEquals(5_000, paragraphs, "exactly the paragraphs asked for");
    assertEquals(Set.of("zh-Hant", "en"), langs);
    assertEquals(Kind.values().length, kinds.size(), "every kind occurs: " + kinds);
    assertEquals(15, areas.size(), "every area occurs");
    assertTrue(years.size() >= 8 && years.stream().allMatch(y -> y >= 2015 && y <= 2025), years.toString());
  }

  @Test
  void sameSeedSameCorpusOtherSeedOtherCorpus() throws IOException {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<String> c = new ArrayList<>();
    CorpusGenerator.from(CORPUS, 3).generate(500, r -> a.add(r.content()));
    CorpusGenerator.from(CORPUS, 3).generate(500, r -> b.add(r.content()));
    CorpusGenerator.from(CORPUS, 4).generate(500, r -> c.add(r.content()));
    assertEquals(a, b);
    assertTrue(!a.equals(c));
  }

  @Test
  void writtenFilesHoldExactlyTheParagraphsAskedFor(@TempDir Path out) throws IOException {
    CorpusGenerator.Summary s = CorpusGenerator.from(CORPUS, 11).write(777, out);
    assertEquals(777, s.paragraphs());
    List<DirectoryIngest.FileResult> read = DirectoryIngest.readAll(List.of(out));
    assertEquals(s.releases(), read.size());
    assertTrue(read.stream().allMatch(DirectoryIngest.FileResult::ok));
    assertEquals(777, read.stream().mapToInt(r -> r.release().paragraphs().size()).sum());
    Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
    read.forEach(r -> r.release().paragraphs().forEach(p -> kinds.merge(p.kind(), 1L, Long::sum)));
    assertEquals(s.kinds(), kinds);
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(s.bytes(), files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum());
    }
  }
}
