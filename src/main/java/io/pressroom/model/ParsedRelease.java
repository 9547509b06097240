package io.pressroom.model;

import java.util.List;

/**
 * A release and its paragraphs in order: what ingestion produces and the index stores.
 *
 * @param source what it was parsed from, kept so that it can be parsed again; null when unknown
 *     (a release read back from the index, or built in code)
 */
public record ParsedRelease(Release release, List<Paragraph> paragraphs, ReleaseSource source) {
  public ParsedRelease {
    paragraphs = List.copyOf(paragraphs);
  }

  /** A release with no recorded source. */
  public ParsedRelease(Release release, List<Paragraph> paragraphs) {
    this(release, paragraphs, null);
  }

  /** The same release and source with other paragraphs (enriched, linked). */
  public ParsedRelease withParagraphs(List<Paragraph> paragraphs) {
    return new ParsedRelease(release, paragraphs, source);
  }
}
