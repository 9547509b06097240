package io.pressroom.bench;

import io.pressroom.search.Glossary;
import io.pressroom.search.UserQueryParser;
import io.pressroom.store.Fields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * What collecting the top ten costs on its own, per query of a mix, four ways (docs/benchmarks.md,
 * "Tried and not kept"): over every hit in the service's order (score, then date), letting Lucene
 * skip hits that cannot reach the top ten, counting the hits without scores (what a separate facet
 * pass would cost at least), and over every hit by score alone (what the date tie-break costs).
 * Facets, highlights and stored paragraphs are left out.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; mvn -B -q test-compile
 * java -cp target/pressroom.jar:target/test-classes io.pressroom.bench.CollectionProbe INDEX QUERIES
 * </pre>
 */
public final class CollectionProbe {
  private static final int TOP = 10;

  private CollectionProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CollectionProbe INDEX QUERIES");
      System.exit(2);
    }
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(q -> !q.isBlank()).toList();
    UserQueryParser parser = new UserQueryParser(Fields.analyzer(), area -> null, Glossary.standard());
    Sort order = new Sort(SortField.FIELD_SCORE, new SortField(Fields.PUBLISHED, SortField.Type.LONG, true));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      for (int round = 1; round <= 4; round++) { // three rounds warm up; the fourth is printed
        long every = 0;
        long skipping = 0;
        long counting = 0;
        long byScore = 0;
        long visitedEvery = 0;
        long visitedSkipping = 0;
        for (String text : queries) {
          Query q = parser.parse(text).query();
          long t0 = System.nanoTime();
          TopDocs all = searcher.search(q, new TopFieldCollectorManager(order, TOP, null, Integer.MAX_VALUE));
          long t1 = System.nanoTime();
          TopDocs skipped = searcher.search(q, new TopFieldCollectorManager(order, TOP, null, TOP));
          long t2 = System.nanoTime();
          searcher.count(q);
          long t3 = System.nanoTime();
          searcher.search(q, new TopScoreDocCollectorManager(TOP, null, Integer.MAX_VALUE));
          long t4 = System.nanoTime();
          every += t1 - t0;
          skipping += t2 - t1;
          counting += t3 - t2;
          byScore += t4 - t3;
          visitedEvery += all.totalHits.value;
          visitedSkipping += skipped.totalHits.value;
        }
        if (round == 4) {
          System.out.printf("%d queries, top %d, ms for all: every hit (score, date) %.1f; skipping %.1f (hits visited %d of %d); "
              + "counting without scores %.1f; every hit by score alone %.1f%n", queries.size(), TOP, every / 1e6,
              skipping / 1e6, visitedSkipping, visitedEvery, counting / 1e6, byScore / 1e6);
        }
      }
    }
  }
}
