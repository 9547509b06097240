package io.pressroom.testing;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.lucene.LuceneStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped corpus ({@code corpus/}) for tests: its folder and files, the ids of its two
 * releases, the releases parsed (with lookups of paragraphs by their text, see {@link
 * CorpusRelease}), and archives holding the seed or the whole corpus.
 *
 * <p>Name paragraphs by what they say, not where they stand: {@code
 * Corpus.seed().paragraphContaining("綠色金融產品研發")} is the id of the one seed paragraph whose text
 * contains those words, and a test that uses it survives a renumbering of the seed.
 */
public final class Corpus {
  /** The shipped corpus folder (tests run in the project directory). */
  public static final Path DIR = Path.of("corpus");

  /** The Chinese seed release: 香港商報's report on the 6th Shanghai–Hong Kong Co-operation Conference. */
  public static final String HKCD = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference";

  /** The English version of the seed, written in the HK Government's (ISD) style. */
  public static final String ISD = "2024-04-26-isd-shanghai-hong-kong-cooperation-conference-en";

  /** The seed's file. */
  public static final Path HKCD_FILE = DIR.resolve(HKCD + ".txt");

  /** The English version's file. */
  public static final Path ISD_FILE = DIR.resolve(ISD + ".txt");

  private Corpus() {}

  /** Parsed once, on first use. */
  private static final class Parsed {
    static final CorpusRelease SEED = parse(HKCD_FILE);
    static final CorpusRelease ENGLISH = parse(ISD_FILE);

    private static CorpusRelease parse(Path file) {
      try {
        return new CorpusRelease(file, ReleaseParser.standard().parseFile(file));
      } catch (Exception e) {
        throw new IllegalStateException("the shipped release " + file + " does not parse: " + e.getMessage(), e);
      }
    }
  }

  /** The Chinese seed release ({@link #HKCD}), parsed. */
  public static CorpusRelease seed() {
    return Parsed.SEED;
  }

  /** The English release ({@link #ISD}), parsed. */
  public static CorpusRelease english() {
    return Parsed.ENGLISH;
  }

  /** Both shipped releases, parsed: the seed, then its English version. */
  public static List<CorpusRelease> releases() {
    return List.of(seed(), english());
  }

  /** A new in-memory archive holding exactly the seed release. The caller closes it. */
  public static Archive seedArchive() throws IOException {
    Archive archive = Archive.open(LuceneStore.inMemory());
    try {
      archive.put(seed().parsed());
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    return archive;
  }

  /** A new in-memory archive holding the shipped corpus, ingested as the CLI does. The caller closes it. */
  public static Archive corpusArchive() throws IOException {
    Archive archive = Archive.open(LuceneStore.inMemory());
    try {
      ingestInto(archive);
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    return archive;
  }

  /**
   * Ingests the shipped corpus into {@code archive} (any store) through {@link CorpusIngest}, as
   * {@code pressroom ingest corpus} does; fails unless both releases went in without an error.
   */
  public static CorpusIngest.Summary ingestInto(Archive archive) throws IOException {
    CorpusIngest.Summary s = CorpusIngest.ingestPaths(archive, List.of(DIR), line -> {});
    if (!s.errors().isEmpty() || s.releases() != releases().size()) {
      throw new IllegalStateException("the shipped corpus did not ingest: " + s);
    }
    return s;
  }
}
