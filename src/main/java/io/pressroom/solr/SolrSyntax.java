package io.pressroom.solr;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.json.PressroomJson;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * How a {@link SearchRequest} is said in Solr's parameters: values as exact terms, the embedded
 * index's orders, and the opaque cursor around Solr's cursor mark. No network here.
 */
final class SolrSyntax {
  private SolrSyntax() {}

  /** A range bound: open ({@code *}) for the extremes a {@link SearchRequest#publishedRange()} uses. */
  static String bound(long v) {
    return v == Long.MIN_VALUE || v == Long.MAX_VALUE ? "*" : Long.toString(v);
  }

  /** The orders of the embedded index ({@code ResultOrder}), then the id that Solr's cursor needs. */
  static void order(SolrQuery q, SearchRequest.Sort sort) {
    switch (sort) {
      case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc).addSort(PUBLISHED, SolrQuery.ORDER.desc);
      case DATE -> q.addSort(PUBLISHED, SolrQuery.ORDER.desc);
      case POSITION -> q.addSort(PUBLISHED, SolrQuery.ORDER.asc);
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

  /** An opaque cursor: the sort it was made for and Solr's cursor mark. */
  static String encodeCursor(SearchRequest.Sort sort, String mark) {
    var a = PressroomJson.MAPPER.createArrayNode().add(sort.name().toLowerCase(Locale.ROOT)).add(mark);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Solr's cursor mark from a cursor of {@link #encodeCursor}; 400 (parameter cursor) for any other. */
  static String decodeCursor(String cursor, SearchRequest.Sort sort) {
    com.fasterxml.jackson.databind.JsonNode a;
    try {
      a = PressroomJson.MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (Exception e) {
      a = null;
    }
    if (a == null || !a.isArray() || a.size() != 2 || !a.get(0).isTextual() || !a.get(1).isTextual()) {
      throw new InvalidRequestException("cursor", "cursor is not one this service made; start again without it");
    }
    if (!a.get(0).asText().equalsIgnoreCase(sort.name())) {
      throw new InvalidRequestException("cursor", "the cursor was made for sort=" + a.get(0).asText()
          + ", not sort=" + sort.name().toLowerCase(Locale.ROOT));
    }
    return a.get(1).asText();
  }
}
