package io.pressroom.index;

import static io.pressroom.index.IndexFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.ingest.Agreement;
import io.pressroom.ingest.Area;
import io.pressroom.ingest.AreaScore;
import io.pressroom.ingest.Counterpart;
import io.pressroom.ingest.Kind;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.Release;
import io.pressroom.json.PressroomJson;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a {@link Paragraph} to a Lucene document and back. Every field of the data model is
 * stored (or kept as doc values), so a search hit is rebuilt from the index alone.
 */
public final class ParagraphDocuments {
  /** Text fields: positions and offsets in the postings, for phrases and highlighting. */
  private static final FieldType TEXT_STORED = textType(true);
  private static final FieldType TEXT_INDEXED = textType(false);

  /** Facet dimensions: single-valued, stored as sorted-set doc values. */
  static final FacetsConfig FACETS = new FacetsConfig();

  private ParagraphDocuments() {}

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The Lucene document of a paragraph, facet fields built. */
  static Document toDocument(Paragraph p) {
    Document d = new Document();
    Release r = p.release();
    d.add(new StringField(ID, p.id(), Field.Store.YES));
    d.add(new StringField(RELEASE, r.id(), Field.Store.NO));
    d.add(new SortedDocValuesField(RELEASE, new BytesRef(r.id())));
    d.add(new StoredField(POSITION, p.position()));
    d.add(new NumericDocValuesField(POSITION, p.position()));
    d.add(new StringField(KIND, p.kind().id(), Field.Store.YES));
    d.add(new StringField(LANG, p.lang(), Field.Store.YES));
    long published = r.published() == null ? 0L : r.published().toEpochSecond();
    d.add(new LongPoint(PUBLISHED, published));
    d.add(new NumericDocValuesField(PUBLISHED, published));

    for (String field : textFields(p)) {
      d.add(new Field(field, p.text(), TEXT.equals(field) ? TEXT_STORED : TEXT_INDEXED));
    }
    if (p.section() != null) {
      d.add(new StoredField(SECTION, p.section()));
    }

    d.add(new StoredField(RELEASE_JSON, PressroomJson.release(r).toString()));
    d.add(new SortedSetDocValuesFacetField(RELEASE, r.id()));
    d.add(new SortedSetDocValuesFacetField(KIND, p.kind().id()));
    if (r.published() != null) {
      d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(r.published().getYear())));
      d.add(new StringField(YEAR, Integer.toString(r.published().getYear()), Field.Store.NO));
    }
    if (p.area() != null) {
      d.add(new StringField(AREA, p.area().id(), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(AREA, p.area().id()));
      d.add(new StoredField(AREA_JSON, PressroomJson.area(p.area()).toString()));
    }
    if (p.agreement() != null) {
      String number = Integer.toString(p.agreement().number());
      d.add(new StringField(AGREEMENT, number, Field.Store.NO));
      d.add(new IntPoint(AGREEMENT, p.agreement().number()));
      d.add(new SortedSetDocValuesFacetField(AGREEMENT, number));
      d.add(new StoredField(AGREEMENT_JSON, PressroomJson.agreement(p.agreement()).toString()));
    }
    if (p.counterpart() != null) {
      d.add(new StoredField(COUNTERPART, p.counterpart().id()));
      d.add(new StoredField(COUNTERPART_CERTAIN, p.counterpart().certain() ? 1 : 0));
      String other = p.counterpart().id().substring(0, p.counterpart().id().lastIndexOf('#'));
      d.add(new StringField(COUNTERPART_RELEASE, other, Field.Store.NO));
    }
    try {
      return FACETS.build(d);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stored document's fields by name, from whichever backend stored it. */
  public interface StoredValues {
    /** The stored string of {@code field}, or null. */
    String text(String field);

    /** The stored number of {@code field}, or null. */
    Number number(String field);
  }

  /**
   * The fields a paragraph's text is indexed in: smartcn words for every paragraph (they also keep
   * Latin words), then bigrams for a Chinese one or stemmed English for an English one. A
   * representation that cannot match is not indexed.
   */
  public static List<String> textFields(Paragraph p) {
    return List.of(TEXT, "en".equals(p.lang()) ? TEXT_EN : TEXT_BIGRAM);
  }

  /** Rebuilds the paragraph from a stored Lucene document. */
  static Paragraph toParagraph(Document d) {
    return toParagraph(new StoredValues() {
      @Override
      public String text(String field) {
        return d.get(field);
      }

      @Override
      public Number number(String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue();
      }
    });
  }

  /** Rebuilds the paragraph from its stored fields (the fields {@link #toDocument} stores). */
  public static Paragraph toParagraph(StoredValues d) {
    Release release = release(read(d.text(RELEASE_JSON)));
    String areaJson = d.text(AREA_JSON);
    String agreementJson = d.text(AGREEMENT_JSON);
    return new Paragraph(
        d.text(ID),
        release,
        d.number(POSITION).intValue(),
        Kind.fromId(d.text(KIND)),
        d.text(LANG),
        d.text(TEXT),
        d.text(SECTION),
        areaJson == null ? null : area(read(areaJson)),
        agreementJson == null ? null : agreement(read(agreementJson)),
        d.text(COUNTERPART) == null
            ? null
            : new Counterpart(d.text(COUNTERPART), d.number(COUNTERPART_CERTAIN).intValue() == 1));
  }

  static Release release(JsonNode n) {
    String published = text(n, "published");
    return new Release(
        text(n, "id"),
        text(n, "title"),
        text(n, "publisher"),
        published == null ? null : OffsetDateTime.parse(published),
        text(n, "source"),
        text(n, "editor"),
        text(n, "language"),
        text(n, "file"));
  }

  private static Area area(JsonNode n) {
    JsonNode labels = n.get("labels");
    return new Area(
        n.get("id").asText(),
        Map.of(
            "zh-Hant", labels.get("zh-Hant").asText(),
            "zh-Hans", labels.get("zh-Hans").asText(),
            "en", labels.get("en").asText()));
  }

  private static Agreement agreement(JsonNode n) {
    List<String> parties = new ArrayList<>();
    n.get("parties").forEach(p -> parties.add(p.asText()));
    List<AreaScore> areas = new ArrayList<>();
    n.path("areas").forEach(a -> areas.add(new AreaScore(a.get("id").asText(), a.get("score").asDouble())));
    return new Agreement(
        n.get("number").asInt(), text(n, "title"), text(n, "type"), text(n, "type_label"), parties, areas);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static JsonNode read(String json) {
    try {
      return PressroomJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
