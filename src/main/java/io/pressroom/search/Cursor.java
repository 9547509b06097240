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
 * The opaque {@code next_cursor} of a search: the order it was made for and where the page ended,
 * as the store reported it (sort values, or a backend's own mark), in URL-safe base64 of a JSON
 * array. A cursor is checked against the order it is used with; the store checks its values.
 */
public final class Cursor {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cursor() {}

  /** Where a page ended, and whether its search was relaxed (so the next page is too). */
  public record Position(boolean relaxed, List<Object> values) {}

  private static final String RELAXED = "+relaxed";

  /** The cursor after a page of {@code sort} that ended at {@code resume}. */
  public static String encode(SearchRequest.Sort sort, boolean relaxed, List<Object> resume) {
    ArrayNode a = MAPPER.createArrayNode();
    a.add(sort.name().toLowerCase(Locale.ROOT) + (relaxed ? RELAXED : ""));
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
  public static Position decode(String cursor, SearchRequest.Sort sort) {
    JsonNode a;
    try {
      a = MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (Exception e) {
      throw invalid();
    }
    if (a == null || !a.isArray() || a.size() < 2 || !a.get(0).isTextual()) {
      throw invalid();
    }
    String made = a.get(0).asText();
    boolean relaxed = made.endsWith(RELAXED);
    made = relaxed ? made.substring(0, made.length() - RELAXED.length()) : made;
    if (!made.equalsIgnoreCase(sort.name())) {
      throw new InvalidRequestException("cursor", "the cursor was made for sort=" + made + ", not sort="
          + sort.name().toLowerCase(Locale.ROOT));
    }
    List<Object> values = new ArrayList<>();
    for (int i = 1; i < a.size(); i++) {
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

  /** The error for a cursor that is not one of ours. */
  public static InvalidRequestException invalid() {
    return new InvalidRequestException("cursor", "the cursor is not one this service issued; start again without it");
  }
}
