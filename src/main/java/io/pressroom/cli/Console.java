package io.pressroom.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard output and error, whatever the platform's default charset. */
final class Console {
  private Console() {}

  static PrintStream out() {
    return System.out.charset().equals(StandardCharsets.UTF_8)
        ? System.out
        : new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }

  static PrintStream err() {
    return System.err.charset().equals(StandardCharsets.UTF_8)
        ? System.err
        : new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
  }
}
