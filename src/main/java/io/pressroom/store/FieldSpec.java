package io.pressroom.store;

import io.pressroom.model.Paragraph;
import java.util.List;
import java.util.function.Function;

/**
 * One field of a stored paragraph, as every backend keeps it: what values it takes from the
 * paragraph, and whether it is indexed (searchable or filterable), stored, sortable or a facet.
 *
 * @param name the field name, the same in every backend
 * @param type how values are kept
 * @param analyzer for {@link Type#TEXT}, the analysis chain of the text, else null
 * @param indexed searchable (text) or filterable (exact values, ranges)
 * @param sorted kept column-wise for sorting (doc values)
 * @param faceted counted as a facet dimension
 * @param multiValued a paragraph may have several values (a facet counts each)
 * @param values the field's values for a paragraph (empty: the field is absent)
 */
public record FieldSpec(
    String name,
    Type type,
    io.pressroom.analysis.AnalysisChain analyzer,
    boolean indexed,
    boolean sorted,
    boolean faceted,
    boolean multiValued,
    Function<Paragraph, List<Object>> values) {

  /** How a field's values are kept. */
  public enum Type {
    /** An exact string term. */
    KEYWORD,
    /** A 64-bit number (points for ranges). */
    LONG,
    /** Analysed text with positions, for words and phrases. */
    TEXT,
    /** Bytes, stored only: the paragraph's {@link ParagraphCodec} encoding. */
    STORED_BYTES
  }

  /** The values of this field for {@code p} (empty: the field is absent). */
  public List<Object> of(Paragraph p) {
    return values.apply(p);
  }
}
