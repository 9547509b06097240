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
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
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

  /** Adds a release's source to the document of its first paragraph, as doc values: hits never read it. */
  static void addSource(Document d, byte[] encoded) {
    d.add(new BinaryDocValuesField(Fields.RELEASE_SOURCE, new BytesRef(encoded)));
  }

  /** The encoded release source on the live document with term {@code id}, or null. */
  static byte[] source(IndexReader reader, Term id) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum docs = leaf.reader().postings(id, PostingsEnum.NONE);
      BinaryDocValues sources = leaf.reader().getBinaryDocValues(Fields.RELEASE_SOURCE);
      if (docs == null || sources == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if ((live == null || live.get(doc)) && sources.advanceExact(doc)) {
          return BytesRef.deepCopyOf(sources.binaryValue()).bytes;
        }
      }
    }
    return null;
  }

  /**
   * Every release source on a live document, decoded, to {@code sink} (null: only count); returns
   * how many releases (first paragraphs, position 1) had none.
   */
  static long sources(IndexReader reader, java.util.function.Consumer<io.pressroom.model.ReleaseSource> sink) throws IOException {
    long missing = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues sources = leaf.reader().getBinaryDocValues(Fields.RELEASE_SOURCE);
      Bits live = leaf.reader().getLiveDocs();
      org.apache.lucene.util.FixedBitSet firsts = firstParagraphs(leaf);
      if (sources != null) {
        for (int doc = sources.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sources.nextDoc()) {
          if (live == null || live.get(doc)) {
            if (sink != null) {
              BytesRef b = sources.binaryValue();
              sink.accept(io.pressroom.store.ReleaseSourceCodec.decode(b.bytes, b.offset, b.length));
            }
            firsts.clear(doc);
          }
        }
      }
      for (int doc = firsts.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = doc + 1 < firsts.length() ? firsts.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        if (live == null || live.get(doc)) {
          missing++;
        }
      }
    }
    return missing;
  }

  /** The documents of first paragraphs (ids ending in {@code #1}) in a segment. */
  private static org.apache.lucene.util.FixedBitSet firstParagraphs(LeafReaderContext leaf) throws IOException {
    org.apache.lucene.util.FixedBitSet docs = new org.apache.lucene.util.FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
    org.apache.lucene.index.Terms ids = leaf.reader().terms(Fields.ID);
    if (ids == null) {
      return docs;
    }
    org.apache.lucene.index.TermsEnum te = ids.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      if (t.length >= 2 && t.bytes[t.offset + t.length - 2] == '#' && t.bytes[t.offset + t.length - 1] == '1') {
        pe = te.postings(pe, PostingsEnum.NONE);
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
          docs.set(doc);
        }
      }
    }
    return docs;
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
