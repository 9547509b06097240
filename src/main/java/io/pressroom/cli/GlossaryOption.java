package io.pressroom.cli;

import io.pressroom.search.Glossary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --glossary} option: the shipped glossary plus a user's file, read on start. */
final class GlossaryOption {
  /** The user glossary's name in the corpus folder, used when no --glossary is given. */
  static final String FILE_NAME = "glossary.tsv";

  private GlossaryOption() {}

  /**
   * The shipped glossary plus {@code file}, or plus {@code corpus/glossary.tsv} when no file is
   * named and that one exists. A named file that does not exist is an error.
   */
  static Glossary load(Path file, Path corpus, PrintStream out) throws IOException {
    Path extra = userFile(file, corpus);
    Glossary glossary = Glossary.standardWith(extra);
    if (out != null && Files.isRegularFile(extra)) {
      out.printf("Glossary: %d entries, %d of them from %s%n",
          glossary.size(), glossary.size() - Glossary.standard().size(), extra);
    }
    return glossary;
  }

  /**
   * The user's glossary file: {@code file} (which must exist) or else {@code corpus/glossary.tsv}
   * (which may not).
   */
  static Path userFile(Path file, Path corpus) throws IOException {
    if (file != null && !Files.isRegularFile(file)) {
      throw new IOException("no glossary file at " + file);
    }
    return file != null ? file : corpus.resolve(FILE_NAME);
  }
}
