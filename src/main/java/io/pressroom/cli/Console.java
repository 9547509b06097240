package io.pressroom.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 views of standard output and error, whatever the platform's default charset (wrapping
 * {@code System.out}, so tests that redirect it still see the output).
 */
final class Console {
  private Console() {}

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  static PrintStream err() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }
}
