package io.pressroom.search;

import io.pressroom.ingest.Area;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.ingest.Release;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The search engine behind Pressroom, as one Java API that the CLI, the HTTP layer and tests all
 * use. The embedded Lucene index is one implementation; a distributed one can sit beside it.
 */
public interface SearchService extends Closeable {

  /** Runs a search. Throws {@link InvalidRequestException} for a request that cannot be served. */
  SearchResult search(SearchRequest request) throws IOException;

  /** Adds a release, replacing every paragraph of an earlier version with the same id. */
  void put(ParsedRelease release) throws IOException;

  /**
   * Adds or replaces several releases, and links those with a version in the other language, in
   * one write (the way to ingest in bulk). The default puts them one by one.
   */
  default void putAll(Collection<ParsedRelease> releases) throws IOException {
    for (ParsedRelease r : releases) {
      put(r);
    }
  }

  /** Removes a release and its paragraphs; false if there was none. */
  boolean delete(String releaseId) throws IOException;

  /** One paragraph by id. */
  Optional<Paragraph> paragraph(String id) throws IOException;

  /** Every release, newest first, with its paragraph count. */
  List<ReleaseSummary> releases() throws IOException;

  /** A release and its paragraphs in order. */
  Optional<ParsedRelease> release(String releaseId) throws IOException;

  /** The areas with the number of clauses each has (in taxonomy order, then others). */
  List<SearchResult.AreaCount> areas() throws IOException;

  /** Resolves an area id or label (any script, any language); empty if unknown. */
  Optional<Area> resolveArea(String idOrLabel);

  /** The id of an area given by id or label; InvalidRequestException (parameter {@code area}) if unknown. */
  default String resolveAreaId(String idOrLabel) {
    return resolveArea(idOrLabel)
        .map(Area::id)
        .orElseThrow(() -> new InvalidRequestException("area", "unknown area '" + idOrLabel
            + "'; use an id such as finance or a label such as 金融 (GET /api/areas lists them)"));
  }

  /** Number of paragraphs in the index. */
  long paragraphCount() throws IOException;

  /** A release with its paragraph count. */
  record ReleaseSummary(Release release, int paragraphs) {
    /** The order of {@link #releases()}: newest first (undated last), then by id. */
    public static final java.util.Comparator<ReleaseSummary> NEWEST_FIRST =
        java.util.Comparator.comparing((ReleaseSummary r) -> r.release().published(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(r -> r.release().id());
  }
}
