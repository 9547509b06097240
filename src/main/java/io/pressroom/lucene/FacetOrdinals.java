package io.pressroom.lucene;

import io.pressroom.store.Fields;
import io.pressroom.store.StoredPage.FacetCount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;

/**
 * Facet counting from the facet ordinals of each segment held in memory, counted as hits are
 * collected. Reading the sorted-set doc values of every hit, then counting them in a second pass,
 * took a quarter of a search's time (docs/benchmarks.md). A paragraph's single values (its release,
 * kind, area, conference, session, year, month) come in few combinations, shared by the paragraphs
 * of a release: each combination is a group, a hit counts one group (and its agreements and
 * organisations, if it has any), and the values of each group hit are added once per search. Same
 * counts, order and labels as Lucene's {@code SortedSetDocValuesFacetCounts}: top values by count,
 * ties by label.
 */
final class FacetOrdinals {
  /**
   * One segment's ordinals. Document d belongs to group {@code g = group[d] >>> 1}, whose single
   * values are {@code groupOrds[groupStarts[g]] .. groupOrds[groupStarts[g + 1] - 1]}; when
   * {@code group[d] & 1}, it has values of multi-valued dimensions too, {@code ords[starts[d]] ..
   * ords[starts[d + 1] - 1]}. One array read tells most hits everything.
   */
  private record Segment(int[] group, int[] groupStarts, int[] groupOrds, int[] starts, int[] ords) {
    static final Segment NONE = new Segment(null, null, null, null, null);

    int groups() {
      return groupStarts.length - 1;
    }
  }

  /** Segments are immutable: their ordinals are read once and dropped when the segment closes. */
  private static final Map<Object, Segment> SEGMENTS = new ConcurrentHashMap<>();

  private final SortedSetDocValuesReaderState state;
  /** Per leaf, segment ordinal → global ordinal; null for one segment, where they are the same. */
  private final int[][] toGlobal;
  /** Labels by global ordinal, looked up once per snapshot as searches need them. */
  private final String[] labels;

  /** The facet ordinals of one index snapshot, with its facet {@code state}. */
  FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.labels = new String[state.getSize()];
    IndexReader reader = state.getReader();
    SortedSetDocValues all = state.getDocValues();
    if (all instanceof MultiDocValues.MultiSortedSetDocValues multi) {
      OrdinalMap map = multi.mapping;
      List<LeafReaderContext> leaves = reader.leaves();
      toGlobal = new int[leaves.size()][];
      for (LeafReaderContext leaf : leaves) {
        SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
        LongValues global = map.getGlobalOrds(leaf.ord);
        int[] m = new int[(int) dv.getValueCount()];
        for (int i = 0; i < m.length; i++) {
          m[i] = (int) global.get(i);
        }
        toGlobal[leaf.ord] = m;
      }
    } else {
      toGlobal = null;
    }
  }

  /** Counts the facet values of every collected hit; the result is indexed by global ordinal. */
  CollectorManager<Counter, int[]> counter() {
    return new CollectorManager<>() {
      @Override
      public Counter newCollector() {
        return new Counter(new int[state.getSize()]);
      }

      @Override
      public int[] reduce(java.util.Collection<Counter> collectors) {
        int[] sum = null;
        for (Counter c : collectors) {
          int[] counts = c.counts();
          if (sum == null) {
            sum = counts;
          } else {
            for (int i = 0; i < sum.length; i++) {
              sum[i] += counts[i];
            }
          }
        }
        return sum == null ? new int[state.getSize()] : sum;
      }
    };
  }

  /** One segment's hits by group, and the groups hit, in the order first hit. */
  private record GroupHits(Segment segment, int[] hitsPerGroup, IntList touched, int[] map) {}

  /** Collects facet counts for one search. */
  final class Counter implements Collector {
    private final int[] counts;
    /** Per segment searched: its groups' hit counts, added to {@link #counts} at the end. */
    private final List<GroupHits> pending = new ArrayList<>();

    private Counter(int[] counts) {
      this.counts = counts;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      Segment s = segment(context.reader(), state.getField());
      if (s.group() == null) {
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) {}
        };
      }
      int[] group = s.group();
      int[] starts = s.starts();
      int[] ords = s.ords();
      int[] counts = this.counts;
      int[] map = toGlobal == null ? null : toGlobal[context.ord];
      int[] hitsPerGroup = new int[s.groups()];
      IntList touched = new IntList();
      pending.add(new GroupHits(s, hitsPerGroup, touched, map));
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          int x = group[doc];
          if (hitsPerGroup[x >>> 1]++ == 0) {
            touched.add(x >>> 1);
          }
          if ((x & 1) != 0) {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
              counts[map == null ? ords[i] : map[ords[i]]]++;
            }
          }
        }
      };
    }

    /** The counts, each group's values added. */
    int[] counts() {
      for (GroupHits p : pending) {
        int[] groupStarts = p.segment().groupStarts();
        int[] groupOrds = p.segment().groupOrds();
        int[] map = p.map();
        for (int t = 0; t < p.touched().size; t++) {
          int g = p.touched().values[t];
          int n = p.hitsPerGroup()[g];
          for (int i = groupStarts[g], end = groupStarts[g + 1]; i < end; i++) {
            counts[map == null ? groupOrds[i] : map[groupOrds[i]]] += n;
          }
        }
      }
      pending.clear();
      return counts;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * The values of {@code dim} with their counts: the {@code n} most frequent (ties in label
   * order), or all of them in label order when {@code n} is Integer.MAX_VALUE.
   */
  List<FacetCount> values(int[] counts, String dim, int n) throws IOException {
    OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return List.of(); // no document has this dimension
    }
    SortedSetDocValues[] dv = {null};
    List<FacetCount> out = new ArrayList<>();
    if (n == Integer.MAX_VALUE) {
      for (int ord = range.start; ord <= range.end; ord++) {
        if (counts[ord] > 0) {
          out.add(new FacetCount(label(dv, ord), counts[ord]));
        }
      }
      return out;
    }
    PriorityQueue<long[]> top = new PriorityQueue<>(n) {
      @Override
      protected boolean lessThan(long[] a, long[] b) { // {count, ord}: fewer first, then the later label
        return a[0] < b[0] || a[0] == b[0] && a[1] > b[1];
      }
    };
    int bottom = 0;
    for (int ord = range.start; ord <= range.end; ord++) {
      int c = counts[ord];
      if (c > bottom) {
        top.insertWithOverflow(new long[] {c, ord});
        if (top.size() == n) {
          bottom = (int) top.top()[0];
        }
      }
    }
    FacetCount[] sorted = new FacetCount[top.size()];
    for (int i = sorted.length - 1; i >= 0; i--) {
      long[] e = top.pop();
      sorted[i] = new FacetCount(label(dv, (int) e[1]), e[0]);
    }
    return List.of(sorted);
  }

  /** The value of global ordinal {@code ord}; {@code dv} holds the doc values once one was needed. */
  private String label(SortedSetDocValues[] dv, int ord) throws IOException {
    String label = labels[ord]; // a race only looks a label up twice: strings are safely published
    if (label == null) {
      if (dv[0] == null) {
        dv[0] = state.getDocValues();
      }
      BytesRef term = dv[0].lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      label = path[path.length - 1];
      labels[ord] = label;
    }
    return label;
  }

  private static Segment segment(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field);
    }
    Object key = helper.getKey();
    Segment s = SEGMENTS.get(key);
    if (s == null) {
      s = read(reader, field);
      if (SEGMENTS.putIfAbsent(key, s) == null) {
        helper.addClosedListener(SEGMENTS::remove);
      }
    }
    return s;
  }

  /** Reads every document's ordinals, deleted ones too: only collected hits are ever counted. */
  private static Segment read(LeafReader reader, String field) {
    try {
      if (reader.getFieldInfos().fieldInfo(field) == null) {
        return Segment.NONE;
      }
      SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
      boolean[] own = new boolean[(int) dv.getValueCount()]; // a value of a multi-valued dimension
      for (String dim : Fields.FACET_DIMS) { // ordinals are sorted by "dim\u001fvalue": one run per dim
        if (!LuceneDocuments.FACETS.getDimConfig(dim).multiValued) {
          continue;
        }
        long from = dv.lookupTerm(new BytesRef(dim + FacetsConfig.DELIM_CHAR));
        long to = dv.lookupTerm(new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1)));
        for (long ord = from < 0 ? -from - 1 : from, end = to < 0 ? -to - 1 : to; ord < end; ord++) {
          own[(int) ord] = true;
        }
      }
      int maxDoc = reader.maxDoc();
      int[] group = new int[maxDoc];
      Map<IntKey, Integer> groups = new java.util.HashMap<>();
      IntList groupOrds = new IntList();
      IntList groupStarts = new IntList();
      int[] starts = new int[maxDoc + 1];
      IntList ords = new IntList();
      IntList single = new IntList();
      int[] previous = null;
      for (int doc = 0; doc < maxDoc; doc++) {
        starts[doc] = ords.size;
        single.size = 0;
        if (dv.advanceExact(doc)) {
          for (int i = 0, count = dv.docValueCount(); i < count; i++) {
            int ord = (int) dv.nextOrd();
            (own[ord] ? ords : single).add(ord);
          }
        }
        int hasOwn = ords.size > starts[doc] ? 1 : 0;
        if (previous != null && single.sameAs(previous)) { // a release's paragraphs stand together
          group[doc] = (group[doc - 1] & ~1) | hasOwn;
          continue;
        }
        IntKey key = new IntKey(single.toArray());
        previous = key.values();
        Integer g = groups.get(key);
        if (g == null) {
          g = groups.size();
          groups.put(key, g);
          groupStarts.add(groupOrds.size);
          for (int ord : key.values()) {
            groupOrds.add(ord);
          }
        }
        group[doc] = g << 1 | hasOwn;
      }
      starts[maxDoc] = ords.size;
      groupStarts.add(groupOrds.size);
      return new Segment(group, groupStarts.toArray(), groupOrds.toArray(), starts, ords.toArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An int array compared by its values. */
  private record IntKey(int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof IntKey k && java.util.Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(values);
    }
  }

  /** A growable int array. */
  private static final class IntList {
    int[] values = new int[16];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }

    /** Whether this list holds exactly {@code other}'s values. */
    boolean sameAs(int[] other) {
      return java.util.Arrays.equals(values, 0, size, other, 0, other.length);
    }
  }
}
