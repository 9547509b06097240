package io.pressroom.ingest;

/**
 * A paragraph of a press release: the unit that is indexed, searched and returned.
 *
 * @param id {@code <release id>#<position>}, stable across re-ingest of the same release
 * @param release the release it belongs to
 * @param position 1-based order among the release's kept paragraphs
 * @param kind body, caption, clause or agreement
 * @param lang {@code zh-Hant}, {@code zh-Hans} or {@code en}, detected per paragraph
 * @param text the paragraph text, trimmed (including U+00A0 and U+3000), otherwise unchanged
 * @param section the heading the paragraph stands under, or null
 * @param area the cooperation area (clauses only), or null
 * @param agreement the signed document it describes (agreement paragraphs only), or null
 */
public record Paragraph(
    String id,
    Release release,
    int position,
    Kind kind,
    String lang,
    String text,
    String section,
    Area area,
    Agreement agreement) {

  /** The paragraph id for a release id and position. */
  public static String idOf(String releaseId, int position) {
    return releaseId + "#" + position;
  }
}
