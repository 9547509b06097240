package io.pressroom.solr;

import static io.pressroom.store.Fields.ID;
import static io.pressroom.store.Fields.POSITION;
import static io.pressroom.store.Fields.PUBLISHED;
import static io.pressroom.store.Fields.RELEASE;

import io.pressroom.store.Order;
import java.util.Collection;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * How a search plan is said in Solr's parameters: values as exact terms and the embedded index's
 * orders. No network here.
 */
final class SolrSyntax {
  private SolrSyntax() {}

  /** A range bound: open ({@code *}) for Long.MIN_VALUE and Long.MAX_VALUE. */
  static String bound(long v) {
    return v == Long.MIN_VALUE || v == Long.MAX_VALUE ? "*" : Long.toString(v);
  }

  /** The orders of the embedded index, then the id that Solr's cursor needs. */
  static void order(SolrQuery q, Order order) {
    switch (order) {
      case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc).addSort(PUBLISHED, SolrQuery.ORDER.desc);
      case DATE -> q.addSort(PUBLISHED, SolrQuery.ORDER.desc);
      case POSITION -> q.addSort(PUBLISHED, SolrQuery.ORDER.asc);
      case INDEX -> { }
    }
    q.addSort(RELEASE, SolrQuery.ORDER.asc).addSort(POSITION, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
  }

  /**
   * A value as one exact term of a string field in Solr's query syntax: quoted, so that no value
   * (AND, OR, NOT, brackets, colons) is read as syntax.
   */
  static String term(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** {@code field} having any of {@code values}, as exact terms. */
  static String anyOf(String field, Collection<String> values) {
    StringBuilder b = new StringBuilder(field).append(":(");
    boolean first = true;
    for (String v : values) {
      b.append(first ? "" : " OR ").append(term(v));
      first = false;
    }
    return b.append(')').toString();
  }
}
