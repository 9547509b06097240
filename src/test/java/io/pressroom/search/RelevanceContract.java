package io.pressroom.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.core.Archive;
import io.pressroom.model.Paragraph;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.CorpusRelease;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Recall@10 and MRR over the judged queries of {@code relevance.tsv} (Traditional, Simplified and
 * English), on the shipped Chinese and English releases. Thresholds are explained in README. A
 * contract every backend passes unchanged: the embedded index ({@link RelevanceTest}) and
 * SolrCloud ({@code SolrCloudBackendTest}).
 */
public abstract class RelevanceContract {
  static final double MIN_RECALL_AT_10 = 0.90;
  static final double MIN_MRR = 0.85;

  /**
   * A judged query and the ids of its relevant paragraphs. In {@code relevance.tsv} each paragraph
   * is named by a snippet of its text ({@code zh:綠色金融產品研發}, {@code en:green finance products}).
   */
  public record Judgment(String query, Set<String> relevant) {}

  /** A service holding exactly the shipped corpus. */
  protected abstract Archive corpusIndex();

  @Test
  public void recallAndMrrOverJudgedQueries() throws Exception {
    List<Judgment> judgments = load();
    double recallSum = 0;
    double rrSum = 0;
    List<String> misses = new ArrayList<>();
    Archive index = corpusIndex();
    for (Judgment j : judgments) {
      SearchResult r = index.search(SearchRequest.builder().query(j.query()).size(10).facets(false).highlight(false).build());
      List<String> top = r.hits().stream().map(h -> h.paragraph().id()).toList();
      long found = top.stream().filter(j.relevant()::contains).count();
      double recall = (double) found / Math.min(10, j.relevant().size());
      int rank = 0;
      for (int i = 0; i < top.size(); i++) {
        if (j.relevant().contains(top.get(i))) {
          rank = i + 1;
          break;
        }
      }
      recallSum += recall;
      rrSum += rank == 0 ? 0 : 1.0 / rank;
      if (recall < 1 || rank != 1) {
        misses.add(String.format(Locale.ROOT, "  %s: recall@10 %.2f, first relevant at %d; missing %s",
            j.query(), recall, rank,
            j.relevant().stream().filter(id -> !top.contains(id)).map(RelevanceContract::shortName).toList()));
      }
    }
    double recall = recallSum / judgments.size();
    double mrr = rrSum / judgments.size();
    System.out.printf(Locale.ROOT, "relevance: %d queries, recall@10 %.3f (min %.2f), MRR %.3f (min %.2f)%n",
        judgments.size(), recall, MIN_RECALL_AT_10, mrr, MIN_MRR);
    misses.forEach(System.out::println);
    assertTrue(recall >= MIN_RECALL_AT_10, "recall@10 " + recall + " below " + MIN_RECALL_AT_10 + "\n" + String.join("\n", misses));
    assertTrue(mrr >= MIN_MRR, "MRR " + mrr + " below " + MIN_MRR + "\n" + String.join("\n", misses));
  }

  /** A paragraph for a message: its language and the start of its text. */
  private static String shortName(String id) {
    for (CorpusRelease r : Corpus.releases()) {
      for (Paragraph p : r.paragraphs()) {
        if (p.id().equals(id)) {
          String text = p.text().length() > 24 ? p.text().substring(0, 24) + "…" : p.text();
          return (r == Corpus.english() ? "en" : "zh") + "「" + text + "」";
        }
      }
    }
    return id;
  }

  public static List<Judgment> load() throws Exception {
    List<Judgment> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        RelevanceContract.class.getResourceAsStream("/io/pressroom/search/relevance.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        Set<String> ids = new TreeSet<>();
        for (int i = 1; i < cols.length; i++) {
          if (!ids.add(paragraphId(cols[i].strip()))) {
            throw new IllegalArgumentException(cols[0] + ": " + cols[i] + " names a paragraph judged already");
          }
        }
        out.add(new Judgment(cols[0], ids));
      }
    }
    return out;
  }

  /** The paragraph named by {@code zh:SNIPPET} (the Chinese seed) or {@code en:SNIPPET} (its English version). */
  private static String paragraphId(String ref) {
    int colon = ref.indexOf(':');
    String snippet = ref.substring(colon + 1);
    CorpusRelease release = switch (colon < 0 ? "" : ref.substring(0, colon)) {
      case "zh" -> Corpus.seed();
      case "en" -> Corpus.english();
      default -> throw new IllegalArgumentException("not zh:SNIPPET or en:SNIPPET: " + ref);
    };
    return release.paragraphContaining(snippet);
  }
}
