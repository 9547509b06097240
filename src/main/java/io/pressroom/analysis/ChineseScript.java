package io.pressroom.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional → Simplified Chinese, one character to one character.
 *
 * <p>smartcn's dictionary is Simplified, so every Chinese text and query is folded to Simplified
 * before segmentation. The mapping is length-preserving (checked against ICU on the whole table), so
 * offsets into the folded text are offsets into the original: highlights land on the characters the
 * user wrote. The table comes from ICU's {@code Traditional-Simplified} per character ({@code
 * t2s-icu.txt}) plus Hong Kong variants ICU misses ({@code t2s-extra.txt}).
 */
public final class ChineseScript {
  private static final char[] TABLE = loadTable();

  private ChineseScript() {}

  /** The Simplified form of {@code c}, or {@code c} itself. */
  public static char toSimplified(char c) {
    return TABLE[c];
  }

  /** {@code s} with every Traditional character replaced by its Simplified form; same length. */
  public static String toSimplified(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[s.charAt(i)];
    }
    return new String(out);
  }

  /** Folds {@code buf[off, off+len)} to Simplified in place. */
  public static void toSimplified(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      buf[i] = TABLE[buf[i]];
    }
  }

  /** Number of characters of {@code s} that have a different Simplified form. */
  public static int traditionalCount(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TABLE[c] != c) {
        n++;
      }
    }
    return n;
  }

  private static char[] loadTable() {
    char[] table = new char[65536];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    load(table, "t2s-icu.txt");
    load(table, "t2s-extra.txt");
    return table;
  }

  private static void load(char[] table, String resource) {
    try (InputStream in = ChineseScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.length() != 2) {
          throw new IllegalStateException(resource + ": expected two characters, got '" + line + "'");
        }
        table[line.charAt(0)] = line.charAt(1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
