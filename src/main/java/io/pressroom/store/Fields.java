package io.pressroom.store;

import io.pressroom.analysis.AnalysisChain;
import io.pressroom.analysis.PressroomAnalyzers;
import io.pressroom.model.Paragraph;
import io.pressroom.store.FieldSpec.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The field catalogue: every field a paragraph is stored with, named and described in one place.
 * The Lucene document, the Solr document and the Solr schema are all derived from {@link #ALL}; to
 * add a field, add it here (and bump {@link #VERSION}).
 *
 * <p>The paragraph text is indexed three ways over the same characters: {@link #TEXT} (smartcn
 * words), {@link #TEXT_BIGRAM} (CJK bigrams, for names smartcn splits into single characters) and
 * {@link #TEXT_EN} (English words, stemmed). The paragraph itself is kept once, in {@link
 * #PARAGRAPH}, in its compact encoding.
 */
public final class Fields {
  private Fields() {}

  /** Version of the field table and its analysis: an index written under another is rebuilt. */
  public static final int VERSION = 7;

  public static final String ID = "id";
  public static final String RELEASE = "release";
  public static final String POSITION = "position";
  public static final String KIND = "kind";
  public static final String LANG = "lang";
  public static final String AREA = "area";
  public static final String AGREEMENT = "agreement";
  public static final String YEAR = "year";
  /** The month a release was published, {@code 2024-04}: the timeline. */
  public static final String MONTH = "month";
  /** The mainland partner of the conference session a release reports ({@code shanghai}). */
  public static final String CONFERENCE = "conference";
  /** The numbered session a release reports ({@code shanghai-6}). */
  public static final String SESSION = "session";
  /** The organisations that signed the agreements a paragraph describes. */
  public static final String ORGANISATION = "organisation";
  public static final String PUBLISHED = "published";
  public static final String TEXT = "text";
  public static final String TEXT_BIGRAM = "text_bigram";
  public static final String TEXT_EN = "text_en";
  /** The paragraph's context — its release's headline, its section heading, its conference — as bigrams. */
  public static final String CONTEXT = "context";
  /** The paragraph's context, as English words. */
  public static final String CONTEXT_EN = "context_en";
  /** The same text published again (a re-post, a mirror, a clause repeated) has the same key: {@link RepeatKey}. */
  public static final String REPEAT_KEY = "repeat_key";
  /** Indexed id of the release the counterpart belongs to, to unlink it when that release goes. */
  public static final String COUNTERPART_RELEASE = "counterpart_release";
  /** The whole paragraph, encoded by {@link ParagraphCodec}: what a hit is rebuilt from. */
  public static final String PARAGRAPH = "paragraph";
  /**
   * What the release was parsed from ({@link ReleaseSourceCodec}), on its first paragraph only and
   * outside the stored fields a hit is read from: what {@code reindex} parses again. Its name and
   * form never change, so any later version can read it.
   */
  public static final String RELEASE_SOURCE = "release_source";

  /** Facet dimensions, in the order they are shown. */
  public static final List<String> FACET_DIMS =
      List.of(AREA, KIND, CONFERENCE, SESSION, AGREEMENT, ORGANISATION, RELEASE, YEAR, MONTH);

  /**
   * Dimensions with few values, counted whole whatever a plan's facet limit: the areas, kinds and
   * conferences (bounded by the taxonomy and the partners) and the timeline (years and months).
   */
  public static final List<String> WHOLE_DIMS = List.of(AREA, KIND, CONFERENCE, YEAR, MONTH);

  /** Every field, in document order. */
  public static final List<FieldSpec> ALL = List.of(
      keyword(ID, false, false, p -> List.of(p.id())),
      keyword(RELEASE, true, true, p -> List.of(p.release().id())),
      new FieldSpec(POSITION, Type.LONG, null, true, true, false, false, p -> List.of((long) p.position())),
      keyword(KIND, false, true, p -> List.of(p.kind().id())),
      keyword(LANG, false, false, p -> List.of(p.lang())),
      new FieldSpec(PUBLISHED, Type.LONG, null, true, true, false, false, p -> List.of(publishedSeconds(p))),
      keyword(YEAR, false, true, p -> p.release().published() == null
          ? List.of() : List.of(Integer.toString(p.release().published().getYear()))),
      keyword(MONTH, false, true, p -> p.release().published() == null
          ? List.of() : List.of(String.format(java.util.Locale.ROOT, "%04d-%02d",
              p.release().published().getYear(), p.release().published().getMonthValue()))),
      keyword(AREA, false, true, p -> p.area() == null ? List.of() : List.of(p.area().id())),
      keyword(CONFERENCE, false, true, p -> p.release().conference() == null
          ? List.of() : List.of(p.release().conference().partner())),
      keyword(SESSION, false, true, p -> p.release().conference() == null || p.release().conference().session() == null
          ? List.of() : List.of(p.release().conference().sessionId())),
      multiKeyword(AGREEMENT, p -> p.agreements().stream().map(a -> (Object) a.id()).distinct().toList()),
      multiKeyword(ORGANISATION, p -> p.agreements().stream()
          .flatMap(a -> a.organisations().stream()).map(o -> (Object) o).distinct().toList()),
      keyword(COUNTERPART_RELEASE, false, false, p -> p.counterpart() == null
          ? List.of() : List.of(releaseOf(p.counterpart().id()))),
      text(TEXT, PressroomAnalyzers.WORDS, p -> true),
      text(TEXT_BIGRAM, PressroomAnalyzers.BIGRAMS, p -> !english(p)),
      text(TEXT_EN, PressroomAnalyzers.ENGLISH, Fields::english),
      context(CONTEXT, PressroomAnalyzers.BIGRAMS),
      context(CONTEXT_EN, PressroomAnalyzers.ENGLISH),
      keyword(REPEAT_KEY, true, false, p -> {
        String key = RepeatKey.of(p.text());
        return key == null ? List.of() : List.of(key);
      }),
      new FieldSpec(PARAGRAPH, Type.STORED_BYTES, null, false, false, false, false, p -> List.of(ParagraphCodec.encode(p))));

  private static final Map<String, FieldSpec> BY_NAME = byName();

  /** The field called {@code name}; IllegalArgumentException for none. */
  public static FieldSpec get(String name) {
    FieldSpec f = BY_NAME.get(name);
    if (f == null) {
      throw new IllegalArgumentException("no field " + name);
    }
    return f;
  }

  /** The text fields, in catalogue order. */
  public static List<FieldSpec> textFields() {
    return ALL.stream().filter(f -> f.type() == Type.TEXT).toList();
  }

  /** The fields that hold the paragraph's own text, each representation once. */
  public static final List<String> PARAGRAPH_TEXT = List.of(TEXT, TEXT_BIGRAM, TEXT_EN);

  /** The fields a paragraph's own text is indexed in (a representation that cannot match is left out). */
  public static List<String> textFieldsOf(Paragraph p) {
    return PARAGRAPH_TEXT.stream().filter(name -> !get(name).of(p).isEmpty()).toList();
  }

  /** Which analyzer reads which field: the one place the index and the queries agree on it. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> byField = new LinkedHashMap<>();
    for (FieldSpec f : textFields()) {
      byField.put(f.name(), f.analyzer().build());
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
  }

  /** Publication time in epoch seconds; 0 for an undated release. */
  public static long publishedSeconds(Paragraph p) {
    return p.release().published() == null ? 0L : p.release().published().toEpochSecond();
  }

  /** The release id of a paragraph id ({@code <release>#<position>}). */
  public static String releaseOf(String paragraphId) {
    return paragraphId.substring(0, paragraphId.lastIndexOf('#'));
  }

  private static boolean english(Paragraph p) {
    return "en".equals(p.lang());
  }

  private static FieldSpec keyword(String name, boolean sorted, boolean faceted, Function<Paragraph, List<Object>> values) {
    return new FieldSpec(name, Type.KEYWORD, null, true, sorted, faceted, false, values);
  }

  private static FieldSpec multiKeyword(String name, Function<Paragraph, List<Object>> values) {
    return new FieldSpec(name, Type.KEYWORD, null, true, false, true, true, values);
  }

  private static FieldSpec text(String name, AnalysisChain chain, java.util.function.Predicate<Paragraph> applies) {
    return new FieldSpec(name, Type.TEXT, chain, true, false, false, false, p -> applies.test(p) ? List.of(p.text()) : List.of());
  }

  /**
   * The headline and section heading a paragraph stands under, and the names of the conference its
   * release reports, for the context fields.
   */
  private static FieldSpec context(String name, AnalysisChain chain) {
    return new FieldSpec(name, Type.TEXT, chain, true, false, false, false, p -> {
      StringBuilder context = new StringBuilder(p.release().title() == null ? "" : p.release().title());
      if (p.section() != null) {
        context.append('\n').append(p.section());
      }
      if (p.release().conference() != null) {
        context.append('\n').append(ConferenceContext.of(p.release().conference()));
      }
      return context.toString().isBlank() ? List.of() : List.of(context.toString());
    });
  }

  private static Map<String, FieldSpec> byName() {
    Map<String, FieldSpec> m = new LinkedHashMap<>();
    ALL.forEach(f -> m.put(f.name(), f));
    return Map.copyOf(m);
  }
}
