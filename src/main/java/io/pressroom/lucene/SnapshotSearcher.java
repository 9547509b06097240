package io.pressroom.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index snapshot with what searches on it keep needing: the facet ordinal map and the facet
 * ordinals to count with, built once per reopen (on the first search that needs them) rather than
 * once per search.
 */
final class SnapshotSearcher extends IndexSearcher {
  private final boolean hasFacets;
  /** Built on first use: a bulk ingest reopens often and never asks for it. */
  private volatile SortedSetDocValuesReaderState facetState;
  private volatile FacetOrdinals facetOrdinals;

  SnapshotSearcher(IndexReader reader) {
    super(reader);
    this.hasFacets = reader.leaves().stream()
        .anyMatch(l -> l.reader().getFieldInfos().fieldInfo(LuceneDocuments.FACETS.getDimConfig("x").indexFieldName) != null);
  }

  /** The facet state, or null while the index is empty. */
  SortedSetDocValuesReaderState facetState() {
    SortedSetDocValuesReaderState state = facetState;
    if (state == null && hasFacets) {
      synchronized (this) {
        state = facetState;
        if (state == null) {
          try {
            state = new DefaultSortedSetDocValuesReaderState(getIndexReader(), LuceneDocuments.FACETS);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          facetState = state;
        }
      }
    }
    return state;
  }

  /** The facet ordinals of this snapshot for counting, or null while the index is empty. */
  FacetOrdinals facetOrdinals() {
    FacetOrdinals ordinals = facetOrdinals;
    if (ordinals == null && facetState() != null) {
      synchronized (this) {
        ordinals = facetOrdinals;
        if (ordinals == null) {
          try {
            ordinals = new FacetOrdinals(facetState());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          facetOrdinals = ordinals;
        }
      }
    }
    return ordinals;
  }

  /** Makes {@link SnapshotSearcher}s for the {@link org.apache.lucene.search.SearcherManager}. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      return new SnapshotSearcher(reader);
    }
  }
}
