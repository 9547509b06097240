package io.pressroom.lucene;

import io.pressroom.model.Paragraph;
import io.pressroom.store.FieldSpec;
import io.pressroom.store.Fields;
import io.pressroom.store.ParagraphCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * A paragraph as a Lucene document, field by field from the catalogue ({@link Fields#ALL}), and
 * back from its one stored field.
 */
final class LuceneDocuments {
  /** Analysed text: positions for phrases; highlights re-analyse the text, so no offsets. */
  private static final FieldType TEXT = textType();

  /** Facet dimensions, kept as sorted-set doc values; some take several values per paragraph. */
  static final FacetsConfig FACETS = facetsConfig();

  private LuceneDocuments() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    Fields.ALL.stream().filter(f -> f.faceted() && f.multiValued()).forEach(f -> config.setMultiValued(f.name(), true));
    return config;
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }

  /** The Lucene document of a paragraph, facet fields built. */
  static Document toDocument(Paragraph p) {
    Document d = new Document();
    for (FieldSpec f : Fields.ALL) {
      for (Object v : f.of(p)) {
        add(d, f, v);
      }
    }
    try {
      return FACETS.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Document d, FieldSpec f, Object v) {
    switch (f.type()) {
      case KEYWORD -> {
        String s = (String) v;
        if (f.indexed()) {
          d.add(new StringField(f.name(), s, Field.Store.NO));
        }
        if (f.sorted()) {
          d.add(new SortedDocValuesField(f.name(), new BytesRef(s)));
        }
        if (f.faceted()) {
          d.add(new SortedSetDocValuesFacetField(f.name(), s));
        }
      }
      case LONG -> {
        long n = (Long) v;
        if (f.indexed()) {
          d.add(new LongPoint(f.name(), n));
        }
        if (f.sorted()) {
          d.add(new NumericDocValuesField(f.name(), n));
        }
      }
      case TEXT -> d.add(new Field(f.name(), (String) v, TEXT));
      case STORED_BYTES -> d.add(new StoredField(f.name(), (byte[]) v));
    }
  }

  /** The paragraph stored with document {@code doc}. */
  static Paragraph paragraph(StoredFields stored, int doc) throws IOException {
    ParagraphVisitor v = new ParagraphVisitor();
    stored.document(doc, v);
    if (v.paragraph == null) {
      throw new IllegalStateException("document " + doc + " has no stored paragraph");
    }
    return v.paragraph;
  }

  /** Reads the one stored field a paragraph is rebuilt from, and stops. */
  private static final class ParagraphVisitor extends StoredFieldVisitor {
    Paragraph paragraph;

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      if (paragraph != null) {
        return Status.STOP;
      }
      return Fields.PARAGRAPH.equals(fieldInfo.name) ? Status.YES : Status.NO;
    }

    @Override
    public void binaryField(FieldInfo fieldInfo, byte[] value) {
      paragraph = ParagraphCodec.decode(value);
    }
  }
}
