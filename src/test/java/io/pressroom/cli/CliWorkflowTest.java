package io.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.json.HitExport;
import io.pressroom.model.Release;
import io.pressroom.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The commands a journalist and a benchmarker run: ingest progress, exports, compare, generate, and errors. */
class CliWorkflowTest {
  private static final Path FIFTH = Path.of("src/test/resources/fixtures/corpus/2021-08-30-isd-shanghai-5th-zh.txt");

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @TempDir Path dir;

  private String index() {
    return dir.resolve("index").toString();
  }

  @Test
  void ingestShowsOneProgressLineOnATerminalAndALinePerFileElsewhere() throws Exception {
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), "--index", index(), "--progress", "line"));
    String line = console.takeOut();
    assertTrue(line.startsWith("\r"), line);
    String last = line.substring(line.lastIndexOf('\r') + 1, line.indexOf('\n'));
    assertTrue(last.matches("2/2 files · 125 paragraphs · [\\d,]+ paragraphs/s · 0:\\d\\d elapsed *"), last);
    assertTrue(line.contains("ingested 2 of 2 files"), line);
    assertFalse(line.contains("[1]"), "no per-file lines under the progress line");

    // Not a terminal (as under the test runner): plain lines, one per file.
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), "--index", index()));
    String plain = console.takeOut();
    assertFalse(plain.contains("\r"));
    assertTrue(plain.contains("[1] " + Corpus.ISD_FILE.getParent()) || plain.contains("[1] corpus"), plain);
    assertTrue(plain.contains(": 64 paragraphs"), plain);
  }

  @Test
  void theProgressLineCountsFilesParagraphsSpeedAndTimeLeft() {
    long[] now = {0};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IngestProgress p = new IngestProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 4, () -> now[0]);
    now[0] = 2_000_000_000L;
    p.accept("[1] a.txt: 50 paragraphs");
    assertEquals("1/4 files · 50 paragraphs · 25 paragraphs/s · 0:02 elapsed · about 0:06 left", p.status(now[0]));
    p.accept("[2] skipped b.txt: empty");
    assertEquals("2/4 files · 50 paragraphs · 25 paragraphs/s · 0:02 elapsed · about 0:02 left", p.status(now[0]));
    assertEquals("0:59", IngestProgress.clock(59.4));
    assertEquals("1:02:03", IngestProgress.clock(3723));
    assertEquals(3, IngestProgress.count(List.of(Corpus.DIR, FIFTH)), "the folder's two releases and the file");
  }

  @Test
  void everyCommandSaysItsErrorsTheSameWay() throws Exception {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[0]);
    assertEquals(1, Main.run("parse", bad.toString()));
    assertTrue(console.takeErr().startsWith("error: "));
    assertEquals(2, Main.run("search", "金融", "--index", index()));
    assertTrue(console.takeErr().startsWith("error: no index at "));
    assertEquals(2, Main.run("search", "--aera", "finance"));
    String unknown = console.takeErr();
    assertTrue(unknown.startsWith("error: Unknown option: '--aera'"), unknown);
    assertTrue(unknown.contains("pressroom search --help"), unknown);
    assertEquals(1, Main.run("ingest", Corpus.DIR.toString(), bad.toString(), "--index", index(), "-q"));
    console.takeOut();
    assertTrue(console.takeErr().startsWith("error: "));
    assertEquals(2, Main.run("search", "金融", "--size", "1000", "--index", index()));
    assertEquals("error: size must be between 0 and 100, got 1000", console.takeErr().strip());
    assertEquals(2, Main.run("search", "--from-date", "26/04/2024", "--index", index()));
    assertTrue(console.takeErr().startsWith("error: --from-date must be a date"));
    assertEquals(2, Main.run("export", "--format", "xml", "--index", index()));
    assertTrue(console.takeErr().startsWith("error: --format must be csv or ndjson"));
    assertEquals(2, Main.run("compare", Corpus.HKCD, "nope", "--index", index()));
    assertTrue(console.takeErr().startsWith("error: no release with id 'nope'"));
    assertEquals(2, Main.run("compare", Corpus.HKCD, Corpus.ISD, "--index", index()));
    assertTrue(console.takeErr().startsWith("error: " + Corpus.HKCD + " is in zh-Hant and " + Corpus.ISD + " in en"));
    assertEquals(2, Main.run("generate", "--paragraphs", "0", "--out", dir.resolve("g").toString()));
    assertTrue(console.takeErr().startsWith("error: --paragraphs must be at least 1"));
  }

  @Test
  void exportsEveryHitOfASearchAsCsvOrNdjson() throws Exception {
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), "--index", index(), "-q"));
    console.takeOut();
    assertEquals(0, Main.run("export", "--area", "finance", "--kind", "clause", "--format", "csv", "--index", index()));
    String csv = console.takeOut();
    assertTrue(csv.startsWith("\uFEFF" + String.join(",", HitExport.COLUMNS) + "\r\n"), csv);
    List<String> rows = csv.lines().skip(1).toList();
    assertEquals(6, rows.size(), "every finance clause, as search --area finance --kind clause counts them");
    rows.forEach(r -> assertTrue(r.contains(",finance,金融,Finance,"), r));

    assertEquals(0, Main.run("export", "绿色金融", "--index", index()));
    List<String> lines = console.takeOut().lines().toList();
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals(Corpus.seed().paragraphContaining("綠色金融產品研發"), first.path("id").asText());
    assertTrue(first.path("score").isNumber());

    assertEquals(0, Main.run("export", "--max", "3", "--index", index()));
    assertEquals(3, console.takeOut().lines().count());
  }

  @Test
  void comparesTwoSessionsAreaByArea() throws Exception {
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), FIFTH.toString(), "--index", index(), "-q"));
    console.takeOut();
    String fifth = "2021-08-30-isd-shanghai-5th-zh";
    assertEquals(0, Main.run("compare", fifth, Corpus.HKCD, "--index", index()));
    String text = console.takeOut();
    assertTrue(text.startsWith("A: 滬港合作會議第五次會議以視像形式舉行(附圖/短片), 2021-08-30 (shanghai-5)\n"), text);
    assertTrue(text.contains("B: 滬港合作會議第六次會議"), text);
    assertTrue(text.contains("\n數字經濟 / Digital Economy\n  + new       推進兩地數字經濟協同發展"), text);
    assertTrue(text.contains("  - dropped   "), text);
    assertTrue(text.contains("  ~ reworded  {+上海市科學技術委員會與+}香港特別行政區政府創新科技署[-與上海市科學技術委員會-]"), text);

    assertEquals(0, Main.run("compare", fifth, Corpus.HKCD, "--json", "--index", index()));
    JsonNode json = new ObjectMapper().readTree(console.takeOut());
    assertEquals(fifth, json.path("a").path("id").asText());
    JsonNode digital = null;
    for (JsonNode area : json.path("areas")) {
      if (area.path("area").path("id").asText().equals("digital-economy")) {
        digital = area;
      }
    }
    assertEquals(2, digital.path("counts").path("new").asInt());
  }

  @Test
  void generateRecombinesTheReleasesInsideTheJarFromAnyFolderAndSaysWhatItWrote() throws Exception {
    // The jar's copies are the corpus's files, byte for byte.
    List<String> names = GenerateCommand.shippedNames();
    try (Stream<Path> files = Files.list(Corpus.DIR)) {
      assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(), names.stream().sorted().toList());
    }
    for (String name : names) {
      try (InputStream in = GenerateCommand.class.getResourceAsStream(GenerateCommand.SEED + name)) {
        assertArrayEquals(Files.readAllBytes(Corpus.DIR.resolve(name)), in.readAllBytes(), name);
      }
    }
    Path out = dir.resolve("synthetic");
    assertEquals(0, Main.run("generate", "--paragraphs", "300", "--out", out.toString(), "--seed", "7"));
    String summary = console.takeOut();
    assertTrue(summary.matches("(?s)Wrote \\d+ releases with 300 paragraphs \\([\\d,]+ body paragraphs, .*clauses, .*signed documents\\), "
        + "\\d+\\.\\d MB, to .*synthetic in \\d+\\.\\d s\\.\\nThey recombine the sentences of the two releases shipped with Pressroom; "
        + "they are test data, not news\\.\\n"), summary);
    assertFalse(summary.contains("{") || summary.contains("BODY"), "not a Java map: " + summary);
    try (Stream<Path> files = Files.walk(out)) {
      assertTrue(files.anyMatch(f -> f.toString().endsWith(".txt")));
    }
  }

  @Test
  void aReleaseWithoutAHeadlineIsNamedByItsId() {
    Release untitled = new Release("untitled-release", null, null, OffsetDateTime.parse("2024-05-01T10:00:00+08:00"), null,
        null, "en", null);
    assertEquals("untitled-release, 2024-05-01", SearchCommand.releaseLine(untitled));
    assertEquals("untitled-release", SearchCommand.releaseLine(new Release("untitled-release", " ", null, null, null, null, "en", null)));
  }
}
