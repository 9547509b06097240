package io.pressroom.solr;

import io.pressroom.core.Archive;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far two archives' answers to the same searches are apart: the largest relative difference of
 * the score of a paragraph both rank at the same place, and the searches whose paragraphs come in
 * another order (or another number).
 */
record ScoreDrift(int searches, double maxRelative, String worst, List<String> reordered) {

  /** Runs every request on both archives and compares the hits. */
  static ScoreDrift between(Archive expected, Archive actual, List<SearchRequest> requests) throws IOException {
    double max = 0;
    String worst = "";
    List<String> reordered = new ArrayList<>();
    for (SearchRequest r : requests) {
      SearchResult e = expected.search(r);
      SearchResult a = actual.search(r);
      List<String> eIds = ids(e);
      List<String> aIds = ids(a);
      if (!eIds.equals(aIds) || e.total() != a.total()) {
        reordered.add(r.query() + " (" + e.total() + " vs " + a.total() + " hits)");
      }
      for (int i = 0; i < Math.min(eIds.size(), aIds.size()); i++) {
        Float es = e.hits().get(i).score();
        Float as = a.hits().get(i).score();
        if (es == null || as == null || !eIds.get(i).equals(aIds.get(i))) {
          continue;
        }
        double rel = Math.abs(as - es) / Math.max(Math.abs(es), 1e-9);
        if (rel > max) {
          max = rel;
          worst = String.format(Locale.ROOT, "%s, %s: %.6f vs %.6f", r.query(), eIds.get(i), es, as);
        }
      }
    }
    return new ScoreDrift(requests.size(), max, worst, List.copyOf(reordered));
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.paragraph().id()).toList();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d searches: max relative score difference %.2e (%s); %d in another order%s",
        searches, maxRelative, worst, reordered.size(), reordered.isEmpty() ? "" : " " + reordered);
  }
}
