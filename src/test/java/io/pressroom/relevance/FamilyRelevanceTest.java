package io.pressroom.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.Paragraph;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.store.RepeatKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relevance over many releases of the family: the graded queries of {@link JudgedSet} (names,
 * organisations, events, agreements, conferences, compound topics, cross-language and
 * cross-script) over the shipped corpus and the 36 fixture releases, three scripts. Reports MRR
 * (first paragraph of grade 1 or 2 within the top 10) and nDCG@10 (gain 2^grade − 1) overall and
 * by kind, writes them to {@code target/relevance-family.txt}, and fails below the floors, which
 * are the figures measured when they were set minus a margin (docs/relevance.md).
 */
class FamilyRelevanceTest {
  /** Floors: measured figures minus a margin, see docs/relevance.md. */
  static final double MIN_MRR = 0.85;
  static final double MIN_NDCG = 0.66;

  private static Archive archive;
  /** Paragraph ids by release id, in order. */
  private static final Map<String, List<Paragraph>> RELEASES = new HashMap<>();

  @BeforeAll
  static void ingest() throws Exception {
    archive = Archive.open(LuceneStore.inMemory());
    CorpusIngest.Summary s = CorpusIngest.ingestPaths(archive, JudgedSet.CORPUS, line -> {});
    if (!s.errors().isEmpty()) {
      throw new IllegalStateException("the judged corpus did not ingest: " + s.errors());
    }
    archive.forEachParagraph(p -> RELEASES.computeIfAbsent(p.release().id(), k -> new ArrayList<>()).add(p));
  }

  @AfterAll
  static void close() throws Exception {
    archive.close();
  }

  /** The figures of one query. */
  record Score(JudgedSet.Query query, double reciprocalRank, double ndcg, int unresolved, List<String> top) {}

  @Test
  void gradedQueriesOverManyReleases() throws Exception {
    JudgedSet set = JudgedSet.load();
    List<Score> scores = new ArrayList<>();
    for (JudgedSet.Query q : set.queries()) {
      scores.add(score(q));
    }
    String report = report(scores);
    System.out.println(report);
    Path out = Path.of("target", "relevance-family.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    double mrr = scores.stream().mapToDouble(Score::reciprocalRank).average().orElse(0);
    double ndcg = scores.stream().mapToDouble(Score::ndcg).average().orElse(0);
    assertTrue(mrr >= MIN_MRR, String.format(Locale.ROOT, "MRR %.3f below the floor %.2f", mrr, MIN_MRR));
    assertTrue(ndcg >= MIN_NDCG, String.format(Locale.ROOT, "nDCG@10 %.3f below the floor %.2f", ndcg, MIN_NDCG));
  }

  /**
   * A query's figures. Ordered by relevance, the search shows a repeated text (a re-post, a mirror)
   * once: so judged copies of one text count once here too, in the ideal ranking and as the gain
   * of the copy shown (the best grade of its copies).
   */
  private static Score score(JudgedSet.Query q) throws Exception {
    Map<String, Integer> grades = new HashMap<>();
    Map<String, Integer> byText = new HashMap<>();
    int unresolved = 0;
    for (JudgedSet.Judgment j : q.judgments()) {
      Paragraph p = resolve(j);
      if (p == null) {
        unresolved++;
      } else {
        grades.merge(p.id(), j.grade(), Math::max);
        byText.merge(textKey(p), j.grade(), Math::max);
      }
    }
    SearchResult r = archive.search(SearchRequest.builder().query(q.text()).size(10).facets(false).highlight(false).build());
    List<Paragraph> ranked = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      if (!grades.containsKey(h.paragraph().id()) && repeatedInItsRelease(h.paragraph())) {
        continue; // the same text twice in one release cannot be judged apart: left out, not counted as 0
      }
      ranked.add(h.paragraph());
    }
    double rr = 0;
    double dcg = 0;
    for (int i = 0; i < ranked.size() && i < 10; i++) {
      int g = byText.getOrDefault(textKey(ranked.get(i)), 0);
      if (g > 0 && rr == 0) {
        rr = 1.0 / (i + 1);
      }
      dcg += (Math.pow(2, g) - 1) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(byText.values());
    for (int i = 0; i < unresolved; i++) {
      ideal.add(2); // a judged paragraph the parser lost still counts in the ideal ranking
    }
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < ideal.size() && i < 10; i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    List<String> top = ranked.stream().limit(3).map(p -> byText.getOrDefault(textKey(p), 0) + ":" + p.id()).toList();
    return new Score(q, rr, idcg == 0 ? 0 : dcg / idcg, unresolved, top);
  }

  /** The judged paragraph: the one of its release whose text holds the snippet; null if the parser lost it. */
  private static Paragraph resolve(JudgedSet.Judgment j) {
    for (Paragraph p : RELEASES.getOrDefault(j.releaseId(), List.of())) {
      if (p.text().contains(j.snippet())) {
        return p;
      }
    }
    return null;
  }

  /** Copies of one text share this key (see {@link RepeatKey}); a short text is its own. */
  private static String textKey(Paragraph p) {
    String key = RepeatKey.of(p.text());
    return key == null ? p.id() : key;
  }

  private static boolean repeatedInItsRelease(Paragraph p) {
    Set<String> seen = new HashSet<>();
    int same = 0;
    for (Paragraph other : RELEASES.getOrDefault(p.release().id(), List.of())) {
      if (other.text().equals(p.text())) {
        same++;
      }
      seen.add(other.id());
    }
    return same > 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static String report(List<Score> scores) {
    StringBuilder b = new StringBuilder();
    Map<String, List<Score>> byKind = new TreeMap<>();
    scores.forEach(s -> byKind.computeIfAbsent(s.query().kind(), k -> new ArrayList<>()).add(s));
    int unresolved = scores.stream().mapToInt(Score::unresolved).sum();
    int judged = scores.stream().mapToInt(s -> s.query().judgments().size()).sum();
    b.append(String.format(Locale.ROOT, "family relevance: %d queries, MRR %.3f, nDCG@10 %.3f (%d of %d judged paragraphs not found in the parsed releases)%n",
        scores.size(), mean(scores, true), mean(scores, false), unresolved, judged));
    Map<String, List<Score>> ordered = new LinkedHashMap<>(byKind);
    ordered.forEach((kind, list) -> b.append(String.format(Locale.ROOT, "  %-15s %2d queries  MRR %.3f  nDCG@10 %.3f%n",
        kind, list.size(), mean(list, true), mean(list, false))));
    for (Score s : scores) {
      b.append(String.format(Locale.ROOT, "  %-45s %-14s RR %.2f nDCG %.2f%s  top %s%n", s.query().text(), s.query().kind(),
          s.reciprocalRank(), s.ndcg(), s.unresolved() > 0 ? " (" + s.unresolved() + " unresolved)" : "", s.top()));
    }
    return b.toString();
  }

  private static double mean(List<Score> scores, boolean rr) {
    return scores.stream().mapToDouble(s -> rr ? s.reciprocalRank() : s.ndcg()).average().orElse(0);
  }
}
