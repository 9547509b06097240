package io.pressroom.model;

import java.util.ArrayList;
import java.util.List;

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
 * @param namedAgreements the signed documents a sentence names one after another (《…》《…》),
 *     each an agreement of its own; empty for most paragraphs
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
    Counterpart counterpart,
    List<Agreement> namedAgreements) {

  public Paragraph {
    namedAgreements = namedAgreements == null ? List.of() : List.copyOf(namedAgreements);
  }

  /** A paragraph as parsed, before it is linked to the other language's version. */
  public Paragraph(String id, Release release, int position, Kind kind, String lang, String text, String section,
      Area area, Agreement agreement) {
    this(id, release, position, kind, lang, text, section, area, agreement, null, List.of());
  }

  /** This paragraph linked to {@code counterpart} (or unlinked, for null). */
  public Paragraph withCounterpart(Counterpart counterpart) {
    return new Paragraph(id, release, position, kind, lang, text, section, area, agreement, counterpart, namedAgreements);
  }

  /** This paragraph with {@code agreement}. */
  public Paragraph withAgreement(Agreement agreement) {
    return new Paragraph(id, release, position, kind, lang, text, section, area, agreement, counterpart, namedAgreements);
  }

  /** This paragraph naming {@code agreements} in its text. */
  public Paragraph withNamedAgreements(List<Agreement> agreements) {
    return new Paragraph(id, release, position, kind, lang, text, section, area, agreement, counterpart, agreements);
  }

  /** Every agreement this paragraph describes: its own, then those its text names. */
  public List<Agreement> agreements() {
    if (agreement == null) {
      return namedAgreements;
    }
    List<Agreement> all = new ArrayList<>(1 + namedAgreements.size());
    all.add(agreement);
    all.addAll(namedAgreements);
    return all;
  }

  /** This paragraph with every agreement replaced by {@code change} of it. */
  public Paragraph mapAgreements(java.util.function.UnaryOperator<Agreement> change) {
    return new Paragraph(id, release, position, kind, lang, text, section, area,
        agreement == null ? null : change.apply(agreement), counterpart,
        namedAgreements.stream().map(change).toList());
  }

  /** The paragraph id for a release id and position. */
  public static String idOf(String releaseId, int position) {
    return releaseId + "#" + position;
  }
}
