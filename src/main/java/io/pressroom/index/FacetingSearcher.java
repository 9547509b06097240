package io.pressroom.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index snapshot with the facet ordinal map it needs, built once per reopen rather than once
 * per search.
 */
final class FacetingSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  FacetingSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, ParagraphDocuments.FACETS) : null;
  }

  /** The facet state, or null while the index is empty. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(l -> l.reader().getFieldInfos().fieldInfo(ParagraphDocuments.FACETS.getDimConfig("x").indexFieldName) != null);
  }

  /** Makes {@link FacetingSearcher}s for the {@link org.apache.lucene.search.SearcherManager}. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetingSearcher(reader);
    }
  }
}
