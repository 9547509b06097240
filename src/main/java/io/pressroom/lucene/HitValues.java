package io.pressroom.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * The values of keyword fields kept column-wise (sorted doc values) for a page of hits, read
 * without touching the stored paragraphs: what a ranking needs to compare hits cheaply. The hits
 * are visited in document order, one doc-values iterator per segment and field.
 */
final class HitValues {
  private HitValues() {}

  /** The values of {@code fields} for each of {@code docs} (top-level ids), in the order given. */
  static List<Map<String, String>> of(IndexReader reader, List<String> fields, int[] docs) throws IOException {
    List<Map<String, String>> out = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      out.add(fields.isEmpty() ? Map.of() : new HashMap<>());
    }
    if (fields.isEmpty() || docs.length == 0) {
      return out;
    }
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    Map<String, SortedDocValues> iterators = new HashMap<>();
    for (int i : order) {
      int doc = docs[i];
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        iterators.clear();
        for (String field : fields) {
          iterators.put(field, DocValues.getSorted(leaves.get(leaf).reader(), field));
        }
      }
      int local = doc - leaves.get(leaf).docBase;
      for (String field : fields) {
        SortedDocValues dv = iterators.get(field);
        if (dv.docID() <= local && dv.advanceExact(local)) {
          out.get(i).put(field, dv.lookupOrd(dv.ordValue()).utf8ToString());
        }
      }
    }
    return out;
  }
}
