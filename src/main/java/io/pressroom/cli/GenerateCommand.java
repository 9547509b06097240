package io.pressroom.cli;

import io.pressroom.synthetic.CorpusGenerator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pressroom generate --paragraphs N --out DIR [--seed S]}: a synthetic corpus for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic corpus of press releases for benchmarks, recombined from the real "
        + "releases in the corpus folder; the same seed writes the same files.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--paragraphs", required = true, paramLabel = "N", description = "Paragraphs in all (exactly).")
  long paragraphs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (1,000 releases a sub-folder).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
      description = "Folder of real releases to recombine (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    if (paragraphs < 1) {
      throw new IllegalArgumentException("--paragraphs must be at least 1");
    }
    PrintStream out = Console.out();
    long start = System.nanoTime();
    CorpusGenerator.Summary s = CorpusGenerator.from(corpus, seed).write(paragraphs, this.out);
    out.printf(Locale.ROOT, "wrote %d releases, %d paragraphs (%s), %.1f MB to %s in %d ms%n",
        s.releases(), s.paragraphs(), s.kinds(), s.bytes() / 1e6, this.out, (System.nanoTime() - start) / 1_000_000);
    return 0;
  }
}
