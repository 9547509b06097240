package io.pressroom.relevance;

import io.pressroom.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graded judgments of {@code src/test/resources/fixtures/judgments.tsv}: for each query, its
 * kind and the paragraphs that answer it (grade 2) or partly (grade 1), each named by its release
 * file and a snippet of its text. Judged by reading the texts, never by running the engine.
 */
record JudgedSet(List<Query> queries) {
  static final Path FILE = Path.of("src/test/resources/fixtures/judgments.tsv");
  /** The releases judged: the shipped corpus and the fixture corpus. */
  static final List<Path> CORPUS = List.of(Corpus.DIR, Path.of("src/test/resources/fixtures/corpus"));

  /** One judged paragraph: the release file it is in, a snippet of its text, and its grade. */
  record Judgment(String file, String snippet, int grade) {
    /** The release id of the file: its name without the extension. */
    String releaseId() {
      int dot = file.lastIndexOf('.');
      return dot < 0 ? file : file.substring(0, dot);
    }
  }

  /** A query, what kind of need it stands for, and its judgments. */
  record Query(String text, String kind, List<Judgment> judgments) {}

  static JudgedSet load() throws IOException {
    Map<String, Query> byText = new LinkedHashMap<>();
    String kind = "?";
    int n = 0;
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
      n++;
      if (line.startsWith("# kind:")) {
        String rest = line.substring("# kind:".length()).strip();
        int space = rest.indexOf(' ');
        kind = space < 0 ? rest : rest.substring(0, space);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw new IllegalStateException(FILE + " line " + n + ": expected query, grade, file, snippet");
      }
      String k = kind;
      byText.computeIfAbsent(cols[0], q -> new Query(q, k, new ArrayList<>()))
          .judgments().add(new Judgment(cols[2], cols[3], Integer.parseInt(cols[1])));
    }
    return new JudgedSet(List.copyOf(byText.values()));
  }
}
