package io.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code pressroom parse}: NDJSON on stdout, errors on stderr, exit status 1 if any file failed. */
class ParseCommandTest {
  private static final String SEED = Corpus.HKCD_FILE.toString();

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @TempDir Path dir;

  private List<JsonNode> lines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : console.takeOut().split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(new ObjectMapper().readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void printsOneJsonObjectPerParagraphInUtf8() throws IOException {
    assertEquals(0, Main.run("parse", SEED));
    List<JsonNode> nodes = lines();
    assertEquals(64, nodes.size());
    JsonNode first = nodes.get(0);
    assertEquals(Corpus.HKCD + "#1", first.get("id").asText());
    assertEquals("body", first.get("kind").asText());
    assertEquals("香港商報", first.get("release").get("publisher").asText());
    assertEquals("2024-04-26T19:58:59+08:00", first.get("release").get("published").asText());
    assertEquals("zh-Hant", first.get("lang").asText());
    // The first clause: the first paragraph under the first area heading.
    JsonNode clause = nodes.stream().filter(n -> n.get("text").asText().contains("中國國際進口博覽會")).findFirst().orElseThrow();
    assertEquals(nodes.stream().filter(n -> n.get("kind").asText().equals("clause")).findFirst().orElseThrow(), clause);
    assertEquals("clause", clause.get("kind").asText());
    assertEquals("belt-road-trade", clause.get("area").get("id").asText());
    assertEquals("共建「一帶一路」和商貿投資", clause.get("section").asText());
    JsonNode last = nodes.get(nodes.size() - 1);
    assertEquals("agreement", last.get("kind").asText());
    assertEquals(20, last.get("agreement").get("number").asInt());
    assertEquals("香港海事博物館", last.get("agreement").get("parties").get(1).asText());
    assertEquals("", console.takeErr());
  }

  @Test
  void badFilesAreReportedAndTheOthersStillPrinted() throws IOException {
    Path empty = Files.write(dir.resolve("空.txt"), new byte[0]);
    assertEquals(1, Main.run("parse", empty.toString(), SEED));
    assertEquals(64, lines().size());
    String errors = console.takeErr();
    assertTrue(errors.contains(empty.toString()) && errors.contains("empty"), errors);
  }
}
