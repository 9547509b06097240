package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.Kind;
import java.util.List;

/**
 * A paragraph as {@link StructureParser} finds it, before it is numbered and given its release: the
 * role is known, the position and language not yet.
 *
 * @param agreement the signed document an agreement paragraph describes, or null
 * @param named the signed documents a body sentence names one after another (《…》《…》), in order
 */
record ParagraphDraft(String text, Kind kind, String section, Area area, Agreement agreement, List<Agreement> named) {
  ParagraphDraft {
    named = List.copyOf(named);
  }
}
