package io.pressroom.solr;

import io.pressroom.model.Paragraph;
import io.pressroom.store.FieldSpec;
import io.pressroom.store.Fields;
import io.pressroom.store.ParagraphCodec;
import java.nio.ByteBuffer;
import java.util.Base64;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * A paragraph as a Solr document, field by field from the catalogue ({@link Fields#ALL}) as the
 * generated schema declares them ({@link SolrConfigset}), and back from its one stored field.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  static SolrInputDocument toSolr(Paragraph p) {
    SolrInputDocument d = new SolrInputDocument();
    for (FieldSpec f : Fields.ALL) {
      for (Object v : f.of(p)) {
        d.addField(f.name(), v);
      }
    }
    return d;
  }

  /** The paragraph stored in {@code d}; javabin answers bytes, text formats base64. */
  static Paragraph toParagraph(SolrDocument d) {
    Object v = d.getFirstValue(Fields.PARAGRAPH);
    byte[] bytes;
    if (v instanceof byte[] b) {
      bytes = b;
    } else if (v instanceof ByteBuffer buf) {
      bytes = new byte[buf.remaining()];
      buf.duplicate().get(bytes);
    } else if (v instanceof String s) {
      bytes = Base64.getDecoder().decode(s);
    } else {
      throw new IllegalStateException("SolrCloud returned a document without its stored paragraph: " + d);
    }
    return ParagraphCodec.decode(bytes);
  }
}
