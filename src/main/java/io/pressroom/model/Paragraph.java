package io.pressroom.model;

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
 * @param counterpart the same clause or agreement in the other language's version, or null
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
    Agreement agreement,
    Counterpart counterpart) {

  /** A paragraph as parsed, before it is linked to the other language's version. */
  public Paragraph(String id, Release release, int position, Kind kind, String lang, String text, String section,
      Area area, Agreement agreement) {
    this(id, release, position, kind, lang, text, section, area, agreement, null);
  }

  /** This paragraph linked to {@code counterpart} (or unlinked, for null). */
  public Paragraph withCounterpart(Counterpart counterpart) {
    return new Paragraph(id, release, position, kind, lang, text, section, area, agreement, counterpart);
  }

  /** This paragraph with {@code agreement}. */
  public Paragraph withAgreement(Agreement agreement) {
    return new Paragraph(id, release, position, kind, lang, text, section, area, agreement, counterpart);
  }

  /** The paragraph id for a release id and position. */
  public static String idOf(String releaseId, int position) {
    return releaseId + "#" + position;
  }
}
