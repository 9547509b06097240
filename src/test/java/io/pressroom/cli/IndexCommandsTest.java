package io.pressroom.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest}, {@code search} and {@code export} on an index folder, as a user runs them. */
class IndexCommandsTest {
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @TempDir Path dir;

  private String stdout() {
    return console.takeOut();
  }

  @Test
  void ingestSearchAndExportTheShippedCorpus() throws Exception {
    String index = dir.resolve("index").toString();
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), "--index", index));
    String report = stdout();
    assertTrue(report.contains("2 releases, 125 paragraphs"), report);

    assertEquals(0, Main.run("search", "绿色金融", "--json", "--index", index));
    JsonNode result = new ObjectMapper().readTree(stdout());
    assertEquals(2, result.get("total").asInt(), "the Chinese clause and, through the glossary, the English one");
    assertEquals(Corpus.seed().paragraphContaining("綠色金融產品研發"), result.get("hits").get(0).get("id").asText());
    assertTrue(result.get("hits").get(0).get("highlights").get(0).asText().contains("<mark>綠色金融</mark>"));
    assertEquals(1, result.get("facets").get("area").size(), "one area facet value: finance");

    assertEquals(0, Main.run("search", "--area", "金融", "--kind", "clause", "--index", index));
    String readable = stdout();
    assertTrue(readable.startsWith("6 paragraphs"), readable);
    // The first finance clause, shown by its number in the release.
    assertTrue(readable.contains("#" + Corpus.seed().paragraph("鼓勵港資金融機構").position() + "  [clause · 金融 (finance)]"),
        readable);

    assertEquals(0, Main.run("export", "--index", index));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : stdout().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertEquals(125, lines.size());
    // Document order: releases by publication time (the English one was issued at 19:30, the
    // Chinese report at 19:58), then paragraph position.
    List<String> documentOrder = new ArrayList<>(Corpus.english().ids());
    documentOrder.addAll(Corpus.seed().ids());
    assertEquals(documentOrder, lines.stream().map(l -> l.get("id").asText()).toList());

    // Ingesting again replaces: still 125 paragraphs.
    assertEquals(0, Main.run("ingest", Corpus.DIR.toString(), "--index", index, "--quiet"));
    assertTrue(stdout().contains("now holds 125 paragraphs"));
  }

  @Test
  void errorsAreMessagesNotTraces() throws Exception {
    String index = dir.resolve("index").toString();
    assertEquals(2, Main.run("search", "金融", "--index", index));
    assertTrue(console.takeErr().contains("no index at"));

    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
    assertEquals(1, Main.run("ingest", bad.toString(), Corpus.DIR.toString(), "--index", index, "--quiet"));
    String errors = console.takeErr();
    assertTrue(errors.contains("bad.txt"), errors);
    assertFalse(errors.contains("\tat "), "no stack trace: " + errors);

    assertEquals(2, Main.run("search", "金融", "--size", "1000", "--index", index));
    assertTrue(console.takeErr().contains("size must be between 0 and 100"));
  }
}
