package io.pressroom.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Shared helpers of the reliability tests: sizes from system properties, the admin token, figures.
 * The corpus and the live server are the common fixtures ({@code io.pressroom.testing}).
 */
final class Reliability {
  /** The admin token of the reliability tests' servers. */
  static final String TOKEN = "reliability-token-7f3a9c";

  private Reliability() {}

  /** An integer system property (CI default when absent). */
  static int size(String property, int ciDefault) {
    String v = System.getProperty(property);
    return v == null || v.isBlank() ? ciDefault : Integer.parseInt(v.strip());
  }

  /** A long system property, e.g. a seed. */
  static long seed(String property, long dflt) {
    String v = System.getProperty(property);
    return v == null || v.isBlank() ? dflt : Long.parseLong(v.strip());
  }

  /** Prints a figure line and appends it to target/reliability/figures.txt (for docs/reliability.md). */
  static void report(String test, String line) {
    String out = "[reliability] " + test + ": " + line;
    System.out.println(out);
    try {
      Path dir = Path.of("target", "reliability");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("figures.txt"), out + System.lineSeparator(),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.out.println("[reliability] could not write figures: " + e);
    }
  }

  /** p50 / p99 / max of durations in nanoseconds, as milliseconds. */
  static String percentiles(long[] nanos, int n) {
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    if (n == 0) {
      return "no samples";
    }
    return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.1f ms",
        sorted[n / 2] / 1e6, sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6,
        sorted[Math.min(n - 1, (int) (n * 0.999))] / 1e6, sorted[n - 1] / 1e6);
  }

  /** A short, printable form of a query for failure messages. */
  static String show(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(120).forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0xD800 && cp <= 0xDFFF)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return s.length() > 120 ? b + "…(" + s.length() + " chars)" : b.toString();
  }
}
