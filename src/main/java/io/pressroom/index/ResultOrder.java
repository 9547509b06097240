package io.pressroom.index;

import static io.pressroom.index.IndexFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene sort of each {@link SearchRequest.Sort}, and the opaque cursor that resumes after a
 * hit. Every order ends with (release, position), which is unique, so paging is stable.
 */
final class ResultOrder {
  private ResultOrder() {}

  private static final SortField RELEASE_ASC = new SortField(RELEASE, SortField.Type.STRING);
  private static final SortField POSITION_ASC = new SortField(POSITION, SortField.Type.LONG);
  private static final SortField PUBLISHED_ASC = new SortField(PUBLISHED, SortField.Type.LONG);
  private static final SortField PUBLISHED_DESC = new SortField(PUBLISHED, SortField.Type.LONG, true);

  /** Index order: by release, then position (the index sort), whatever segment a paragraph is in. */
  static final Sort INDEX_ORDER = new Sort(RELEASE_ASC, POSITION_ASC);

  static Sort of(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, PUBLISHED_DESC, RELEASE_ASC, POSITION_ASC);
      case DATE -> new Sort(PUBLISHED_DESC, RELEASE_ASC, POSITION_ASC);
      case POSITION -> new Sort(PUBLISHED_ASC, RELEASE_ASC, POSITION_ASC);
    };
  }

  /** The cursor that resumes after {@code last}, sorted by {@code sort}. */
  static String cursorAfter(SearchRequest.Sort sort, FieldDoc last) {
    ArrayNode a = PressroomJson.MAPPER.createArrayNode();
    a.add(sort.name().toLowerCase(java.util.Locale.ROOT));
    for (Object v : last.fields) {
      if (v instanceof Float f) {
        a.add(f);
      } else if (v instanceof Long l) {
        a.add(l);
      } else if (v instanceof BytesRef b) {
        a.add(b.utf8ToString());
      } else {
        throw new IllegalStateException("unexpected sort value " + v);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(a.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor made by {@link #cursorAfter} for the same sort; 400 for anything else. */
  static FieldDoc decode(String cursor, SearchRequest.Sort sort) {
    SortField[] fields = of(sort).getSort();
    JsonNode a;
    try {
      a = PressroomJson.MAPPER.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (Exception e) {
      throw invalid();
    }
    if (a == null || !a.isArray() || a.size() != fields.length + 1 || !a.get(0).isTextual()) {
      throw invalid();
    }
    if (!a.get(0).asText().equalsIgnoreCase(sort.name())) {
      throw new InvalidRequestException(
          "cursor", "the cursor was made for sort=" + a.get(0).asText() + ", not sort=" + sort.name().toLowerCase(java.util.Locale.ROOT));
    }
    Object[] values = new Object[fields.length];
    float score = Float.NaN;
    for (int i = 0; i < fields.length; i++) {
      JsonNode v = a.get(i + 1);
      switch (fields[i].getType()) {
        case SCORE -> {
          if (!v.isNumber()) throw invalid();
          score = (float) v.asDouble();
          values[i] = score;
        }
        case LONG -> {
          if (!v.canConvertToLong()) throw invalid();
          values[i] = v.asLong();
        }
        case STRING -> {
          if (!v.isTextual()) throw invalid();
          values[i] = new BytesRef(v.asText());
        }
        default -> throw invalid();
      }
    }
    return new FieldDoc(Integer.MAX_VALUE, score, values);
  }

  private static InvalidRequestException invalid() {
    return new InvalidRequestException("cursor", "the cursor is not one this service issued; start again without it");
  }
}
