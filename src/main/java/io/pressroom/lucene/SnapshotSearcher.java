package io.pressroom.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index snapshot with what searches on it keep needing: the facet ordinals to count with (and
 * the ordinal map under them), built once per reopen, on the first search that counts facets,
 * rather than once per search.
 */
final class SnapshotSearcher extends IndexSearcher {
  private final boolean hasFacets;
  /** Built on first use: a bulk ingest reopens often and never asks for it. */
  private volatile FacetOrdinals facetOrdinals;

  SnapshotSearcher(IndexReader reader) {
    super(reader);
    this.hasFacets = reader.leaves().stream()
        .anyMatch(l -> l.reader().getFieldInfos().fieldInfo(LuceneDocuments.FACETS.getDimConfig("x").indexFieldName) != null);
  }

  /** Whether any paragraph is indexed (each has facet values). */
  boolean hasParagraphs() {
    return hasFacets;
  }

  /** The facet ordinals of this snapshot for counting, or null while the index is empty. */
  FacetOrdinals facetOrdinals() {
    FacetOrdinals ordinals = facetOrdinals;
    if (ordinals == null && hasFacets) {
      synchronized (this) {
        ordinals = facetOrdinals;
        if (ordinals == null) {
          try {
            ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(getIndexReader(), LuceneDocuments.FACETS));
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
