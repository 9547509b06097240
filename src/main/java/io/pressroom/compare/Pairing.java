package io.pressroom.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Pairs the items of an old and a new list by how alike they are: the most alike pair first, then
 * the next among those left, as long as they are alike enough. What is left unpaired is dropped
 * (old) or new. The result keeps the new list's order, with each dropped item after the new item
 * whose partner preceded it.
 */
final class Pairing {
  /** One row: an old item, a new one, or both, and what comparing them gave. */
  record Row<T, R>(T a, T b, R compared) {}

  private Pairing() {}

  static <T, R> List<Row<T, R>> pair(List<T> a, List<T> b, BiFunction<T, T, R> compare,
      java.util.function.ToDoubleFunction<R> similarity, double threshold) {
    List<double[]> candidates = new ArrayList<>(); // {similarity, i, j}
    Object[][] results = new Object[a.size()][b.size()];
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        R r = compare.apply(a.get(i), b.get(j));
        results[i][j] = r;
        double s = similarity.applyAsDouble(r);
        if (s >= threshold) {
          candidates.add(new double[] {s, i, j});
        }
      }
    }
    // Most alike first; between equals, the pair nearest the diagonal, then the earliest.
    candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0])
        .thenComparingDouble(c -> Math.abs(c[1] - c[2]))
        .thenComparingDouble(c -> c[1]));
    int[] partnerOfA = new int[a.size()];
    int[] partnerOfB = new int[b.size()];
    java.util.Arrays.fill(partnerOfA, -1);
    java.util.Arrays.fill(partnerOfB, -1);
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (partnerOfA[i] < 0 && partnerOfB[j] < 0) {
        partnerOfA[i] = j;
        partnerOfB[j] = i;
      }
    }
    // Each dropped item goes after the new item its nearest paired predecessor became (first if none).
    List<List<Row<T, R>>> after = new ArrayList<>();
    for (int j = 0; j <= b.size(); j++) {
      after.add(new ArrayList<>());
    }
    int lastPartner = -1;
    for (int i = 0; i < a.size(); i++) {
      if (partnerOfA[i] >= 0) {
        lastPartner = partnerOfA[i];
      } else {
        after.get(lastPartner + 1).add(new Row<>(a.get(i), null, null));
      }
    }
    List<Row<T, R>> rows = new ArrayList<>(after.get(0));
    for (int j = 0; j < b.size(); j++) {
      int i = partnerOfB[j];
      @SuppressWarnings("unchecked")
      R r = i < 0 ? null : (R) results[i][j];
      rows.add(new Row<>(i < 0 ? null : a.get(i), b.get(j), r));
      rows.addAll(after.get(j + 1));
    }
    return rows;
  }
}
