package io.pressroom.index;

import io.pressroom.ingest.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index snapshot with what searches on it keep needing: the facet ordinal map, built once per
 * reopen (on the first search that needs it) rather than once per search, and the paragraphs that label facet values (release titles,
 * agreement titles), looked up once per snapshot.
 */
final class FacetingSearcher extends IndexSearcher {
  private final boolean hasFacets;
  /** Built on first use: a bulk ingest reopens often and never asks for it. */
  private volatile SortedSetDocValuesReaderState facetState;
  /** First paragraph per query; only found ones are kept, so the map is bounded by the index. */
  private final Map<Query, Paragraph> firstParagraphs = new ConcurrentHashMap<>();

  FacetingSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.hasFacets = hasFacets(reader);
  }

  /** The first paragraph in index order (release, then position) matching {@code q}, or null. */
  Paragraph first(Query q) {
    Paragraph cached = firstParagraphs.get(q);
    if (cached != null) {
      return cached;
    }
    try {
      TopDocs top = search(q, 1, ResultOrder.INDEX_ORDER);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      Paragraph p = ParagraphDocuments.toParagraph(storedFields().document(top.scoreDocs[0].doc));
      firstParagraphs.put(q, p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facet state, or null while the index is empty. */
  SortedSetDocValuesReaderState facetState() {
    SortedSetDocValuesReaderState state = facetState;
    if (state == null && hasFacets) {
      synchronized (this) {
        state = facetState;
        if (state == null) {
          try {
            state = new DefaultSortedSetDocValuesReaderState(getIndexReader(), ParagraphDocuments.FACETS);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          facetState = state;
        }
      }
    }
    return state;
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
