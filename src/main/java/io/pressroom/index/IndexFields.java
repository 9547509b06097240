package io.pressroom.index;

/**
 * The fields of a paragraph document in the Lucene index, named in one place.
 *
 * <p>The paragraph text is indexed three ways over the same characters: {@link #TEXT} (smartcn
 * words, stored, the field that is highlighted), {@link #TEXT_BIGRAM} (CJK bigrams, for names
 * smartcn splits into single characters) and {@link #TEXT_EN} (English words, stemmed). All three
 * keep offsets in the postings so one highlighter marks matches of any of them on the original text.
 */
public final class IndexFields {
  private IndexFields() {}

  public static final String ID = "id";
  public static final String RELEASE = "release";
  public static final String POSITION = "position";
  public static final String KIND = "kind";
  public static final String LANG = "lang";
  public static final String AREA = "area";
  public static final String AGREEMENT = "agreement";
  public static final String YEAR = "year";
  public static final String PUBLISHED = "published";
  public static final String SECTION = "section";

  public static final String TEXT = "text";
  public static final String TEXT_BIGRAM = "text_bigram";
  public static final String TEXT_EN = "text_en";

  /** Stored JSON of the release metadata (denormalised on every paragraph). */
  public static final String RELEASE_JSON = "release_json";
  /** Stored JSON of the area (id and labels), for areas outside the taxonomy too. */
  public static final String AREA_JSON = "area_json";
  /** Stored JSON of the agreement. */
  public static final String AGREEMENT_JSON = "agreement_json";

  /** Stored id of the counterpart paragraph in the other language's version. */
  public static final String COUNTERPART = "counterpart";
  /** Stored 1/0: whether the counterpart link is certain. */
  public static final String COUNTERPART_CERTAIN = "counterpart_certain";
  /** Indexed id of the release the counterpart belongs to, to unlink it when that release goes. */
  public static final String COUNTERPART_RELEASE = "counterpart_release";

  /** Facet dimensions, in the order they are shown. */
  public static final String[] FACET_DIMS = {AREA, KIND, AGREEMENT, RELEASE, YEAR};
}
