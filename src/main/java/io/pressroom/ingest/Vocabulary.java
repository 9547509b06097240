package io.pressroom.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists next to this class ({@code chrome.txt}, {@code org-suffixes.txt} …), so that
 * what the parser recognises is data that can grow without touching code. Blank lines and lines
 * starting with {@code #} are comments.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The entries of a one-entry-a-line list, trimmed. */
  static List<String> entries(String resource) {
    List<String> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.strip());
    }
    return out;
  }

  /** The rows of a tab-separated table; each row has at least {@code columns} cells. */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] cells = line.split("\t", -1);
      if (cells.length < columns) {
        throw new IllegalStateException(resource + ": expected " + columns + " tab-separated columns in '" + line + "'");
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      out.add(cells);
    }
    return out;
  }

  /**
   * The second cells of a {@code role<TAB>pattern} table, by role ({@code party-words.tsv},
   * {@code signing-tense.tsv} …), in file order; every role named is present, and a row of any other
   * role is refused.
   */
  static Map<String, List<String>> byRole(String resource, String... roles) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String role : roles) {
      out.put(role, new ArrayList<>());
    }
    for (String[] row : rows(resource, 2)) {
      List<String> patterns = out.get(row[0]);
      if (patterns == null) {
        throw new IllegalStateException(resource + ": unknown role " + row[0]);
      }
      patterns.add(row[1]);
    }
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
