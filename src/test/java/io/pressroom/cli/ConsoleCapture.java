package io.pressroom.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures standard output and error around each test of a command, and reads them back as
 * UTF-8 (the capturing streams are Latin-1, so any other decoding of the commands' bytes shows).
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.ISO_8859_1));
    System.setErr(new PrintStream(err, true, StandardCharsets.ISO_8859_1));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  /** What the command printed on standard output since the last call, and forget it. */
  String takeOut() {
    String s = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return s;
  }

  /** What the command printed on standard error since the last call, and forget it. */
  String takeErr() {
    String s = err.toString(StandardCharsets.UTF_8);
    err.reset();
    return s;
  }
}
