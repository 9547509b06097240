package io.pressroom.model;

import java.util.List;

/** A release and its paragraphs in order: what ingestion produces and the index stores. */
public record ParsedRelease(Release release, List<Paragraph> paragraphs) {
  public ParsedRelease {
    paragraphs = List.copyOf(paragraphs);
  }
}
