package io.pressroom.cli;

import io.pressroom.model.Kind;
import io.pressroom.synthetic.CorpusGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pressroom generate --paragraphs N --out DIR [--seed S]}: a synthetic corpus for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic corpus of press releases for benchmarks, recombined from the two real releases "
        + "shipped inside pressroom.jar (or from --corpus); the same seed writes the same files. It is not real news.")
final class GenerateCommand implements Callable<Integer> {
  /** The shipped releases inside the jar: copies of corpus/, listed in seed/index.txt. */
  static final String SEED = "/io/pressroom/cli/seed/";

  @Option(names = "--paragraphs", required = true, paramLabel = "N", description = "Paragraphs in all (exactly).")
  long paragraphs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (1,000 releases a sub-folder).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "A folder of real releases (a Chinese and an English one at least) to recombine instead of the shipped ones.")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    if (paragraphs < 1) {
      return Main.fail("--paragraphs must be at least 1, got " + paragraphs, 2);
    }
    PrintStream console = Console.out();
    long start = System.nanoTime();
    CorpusGenerator.Summary s;
    if (corpus != null) {
      if (!Files.isDirectory(corpus)) {
        return Main.fail("--corpus " + corpus + " is not a folder", 2);
      }
      s = CorpusGenerator.from(corpus, seed).write(paragraphs, out);
    } else {
      Path shipped = shippedReleases();
      try {
        s = CorpusGenerator.from(shipped, seed).write(paragraphs, out);
      } finally {
        delete(shipped);
      }
    }
    console.println(summary(s, out, (System.nanoTime() - start) / 1e9, corpus));
    return 0;
  }

  /** What was written, for people: releases, paragraphs by kind, size, where, how long, from what. */
  static String summary(CorpusGenerator.Summary s, Path out, double seconds, Path corpus) {
    List<String> kinds = new ArrayList<>();
    Map<Kind, Long> byKind = s.kinds();
    for (Kind k : Kind.values()) {
      long n = byKind.getOrDefault(k, 0L);
      if (n > 0) {
        kinds.add(String.format(Locale.ROOT, "%,d %s", n, kindName(k, n)));
      }
    }
    return String.format(Locale.ROOT, "Wrote %,d releases with %,d paragraphs (%s), %.1f MB, to %s in %.1f s.%n"
        + "They recombine the sentences of %s; they are test data, not news.",
        s.releases(), s.paragraphs(), String.join(", ", kinds), s.bytes() / 1e6, out, seconds,
        corpus == null ? "the two releases shipped with Pressroom" : "the releases in " + corpus);
  }

  private static String kindName(Kind k, long n) {
    String one = switch (k) {
      case BODY -> "body paragraph";
      case CAPTION -> "photo caption";
      case CLAUSE -> "clause";
      case AGREEMENT -> "signed document";
    };
    return n == 1 ? one : one + "s";
  }

  /** The shipped releases copied out of the jar into a new temporary folder. */
  static Path shippedReleases() throws IOException {
    Path dir = Files.createTempDirectory("pressroom-seed");
    for (String name : shippedNames()) {
      try (InputStream in = GenerateCommand.class.getResourceAsStream(SEED + name)) {
        if (in == null) {
          throw new IOException("pressroom.jar lacks its seed release " + name);
        }
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir;
  }

  /** The file names in seed/index.txt. */
  static List<String> shippedNames() throws IOException {
    try (InputStream in = GenerateCommand.class.getResourceAsStream(SEED + "index.txt")) {
      if (in == null) {
        throw new IOException("pressroom.jar lacks " + SEED + "index.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
