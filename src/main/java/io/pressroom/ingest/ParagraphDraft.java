package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.Area;
import io.pressroom.model.Agreement;

/**
 * A paragraph as {@link StructureParser} finds it, before it is numbered and given its release: the
 * role is known, the position and language not yet.
 */
record ParagraphDraft(String text, Kind kind, String section, Area area, Agreement agreement) {}
