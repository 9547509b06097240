package io.pressroom.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The opaque {@code next_cursor} of a search: the order it was made for, the search it belongs to
 * (a hash of its query and filters), and where the page ended as the store reported it (sort
 * values, or a backend's own mark), in URL-safe base64 of a JSON array. A cursor used with another
 * order or another search is refused; the store checks its values.
 */
public final class Cursor {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cursor() {}

  /** Where a page ended, and whether its search was relaxed (so the next page is too). */
  public record Position(boolean relaxed, List<Object> values) {}

  private static final String RELAXED = "+relaxed";

  /**
   * The cursor after a page of {@code r} that ended at {@code resume}; it is bound to {@code r}'s
   * query and filters ({@link #searchOf}) and order.
   */
  public static String encode(SearchRequest r, boolean relaxed, List<Object> resume) {
    ArrayNode a = MAPPER.createArrayNode();
    a.add(r.effectiveSort().name().toLowerCase(Locale.ROOT) + (relaxed ? RELAXED : ""));
    a.add(searchOf(r));
    for (Object v : resume) {
      if (v instanceof Float f) {
        a.add(f);
      } else if (v instanceof Double d) {
        a.add(d);
      } else if (v instanceof Long l) {
        a.add(l);
      } else if (v instanceof Integer i) {
        a.add(i);
      } else if (v instanceof String s) {
        a.add(s);
      } else {
        throw new IllegalStateException("a cursor holds numbers and strings, not " + v);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Where the page of {@code cursor} ended: its values, numbers as Long (whole) or Double, strings
   * as String. InvalidRequestException (parameter {@code cursor}) for a cursor this service did not
   * make, or one made for another order.
   */
  public static Position decode(SearchRequest r) {
    String cursor = r.cursor();
    SearchRequest.Sort sort = r.effectiveSort();
    JsonNode a;
    try {
      a = MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (Exception e) {
      throw invalid();
    }
    if (a == null || !a.isArray() || a.size() < 3 || !a.get(0).isTextual() || !a.get(1).isTextual()) {
      throw invalid();
    }
    String made = a.get(0).asText();
    boolean relaxed = made.endsWith(RELAXED);
    made = relaxed ? made.substring(0, made.length() - RELAXED.length()) : made;
    if (!made.equalsIgnoreCase(sort.name())) {
      throw new InvalidRequestException("cursor", "the cursor was made for sort=" + made + ", not sort="
          + sort.name().toLowerCase(Locale.ROOT));
    }
    if (!a.get(1).asText().equals(searchOf(r))) {
      throw new InvalidRequestException("cursor", "the cursor belongs to another search: send it with the same q, "
          + "filters, lang and dates as the search it came from, or start again without it");
    }
    List<Object> values = new ArrayList<>();
    for (int i = 2; i < a.size(); i++) {
      JsonNode v = a.get(i);
      if (v.isIntegralNumber() && v.canConvertToLong()) {
        values.add(v.asLong());
      } else if (v.isNumber()) {
        values.add(v.asDouble());
      } else if (v.isTextual()) {
        values.add(v.asText());
      } else {
        throw invalid();
      }
    }
    return new Position(relaxed, values);
  }

  /** What a cursor is bound to: a short hash of the request's query, filters, language and dates. */
  static String searchOf(SearchRequest r) {
    String what = r.query().strip() + '\u0000' + r.filters() + '\u0000' + r.lang() + '\u0000' + r.fromDate()
        + '\u0000' + r.toDate();
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The error for a cursor that is not one of ours. */
  public static InvalidRequestException invalid() {
    return new InvalidRequestException("cursor", "the cursor is not one this service issued; start again without it");
  }
}
