package io.pressroom.ingest;

/**
 * A paragraph as {@link StructureParser} finds it, before it is numbered and given its release: the
 * role is known, the position and language not yet.
 */
record ParagraphDraft(String text, Kind kind, String section, Area area, Agreement agreement) {}
