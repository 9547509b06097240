package io.pressroom.solr;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.index.ParagraphDocuments;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.Release;
import io.pressroom.json.PressroomJson;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Maps a {@link Paragraph} to a Solr document and back: the same fields, with the same values, as
 * the embedded index's documents (see the generated schema in {@link SolrConfigset}).
 */
final class SolrDocuments {
  /** The stored fields a paragraph is rebuilt from. */
  static final String STORED_FIELDS = String.join(",", ID, POSITION, KIND, LANG, TEXT, SECTION,
      RELEASE_JSON, AREA_JSON, AGREEMENT_JSON, COUNTERPART, COUNTERPART_CERTAIN);

  private SolrDocuments() {}

  static SolrInputDocument toSolr(Paragraph p) {
    SolrInputDocument d = new SolrInputDocument();
    Release r = p.release();
    d.addField(ID, p.id());
    d.addField(RELEASE, r.id());
    d.addField(POSITION, p.position());
    d.addField(KIND, p.kind().id());
    d.addField(LANG, p.lang());
    d.addField(PUBLISHED, r.published() == null ? 0L : r.published().toEpochSecond());
    for (String field : ParagraphDocuments.textFields(p)) {
      d.addField(field, p.text());
    }
    if (p.section() != null) {
      d.addField(SECTION, p.section());
    }
    d.addField(RELEASE_JSON, PressroomJson.release(r).toString());
    if (r.published() != null) {
      d.addField(YEAR, Integer.toString(r.published().getYear()));
    }
    if (p.area() != null) {
      d.addField(AREA, p.area().id());
      d.addField(AREA_JSON, PressroomJson.area(p.area()).toString());
    }
    if (p.agreement() != null) {
      d.addField(AGREEMENT, Integer.toString(p.agreement().number()));
      d.addField(AGREEMENT_JSON, PressroomJson.agreement(p.agreement()).toString());
    }
    if (p.counterpart() != null) {
      d.addField(COUNTERPART, p.counterpart().id());
      d.addField(COUNTERPART_CERTAIN, p.counterpart().certain() ? 1 : 0);
      d.addField(COUNTERPART_RELEASE, p.counterpart().id().substring(0, p.counterpart().id().lastIndexOf('#')));
    }
    return d;
  }

  static Paragraph toParagraph(SolrDocument d) {
    return ParagraphDocuments.toParagraph(new ParagraphDocuments.StoredValues() {
      @Override
      public String text(String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
      }

      @Override
      public Number number(String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : (Number) v;
      }
    });
  }
}
