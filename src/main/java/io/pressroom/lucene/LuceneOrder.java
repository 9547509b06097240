package io.pressroom.lucene;

import static io.pressroom.store.Fields.POSITION;
import static io.pressroom.store.Fields.PUBLISHED;
import static io.pressroom.store.Fields.RELEASE;

import io.pressroom.search.Cursor;
import io.pressroom.store.Order;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene sort of each {@link Order}, and where a page ended as plain values (for the core's
 * cursor) and back. Every order ends with (release, position), which is unique, so paging is stable.
 */
final class LuceneOrder {
  private LuceneOrder() {}

  private static final SortField RELEASE_ASC = new SortField(RELEASE, SortField.Type.STRING);
  private static final SortField POSITION_ASC = new SortField(POSITION, SortField.Type.LONG);
  private static final SortField PUBLISHED_ASC = new SortField(PUBLISHED, SortField.Type.LONG);
  private static final SortField PUBLISHED_DESC = new SortField(PUBLISHED, SortField.Type.LONG, true);

  /** Index order: by release, then position (the index sort), whatever segment a paragraph is in. */
  static final Sort INDEX_ORDER = new Sort(RELEASE_ASC, POSITION_ASC);

  static Sort of(Order order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, PUBLISHED_DESC, RELEASE_ASC, POSITION_ASC);
      case DATE -> new Sort(PUBLISHED_DESC, RELEASE_ASC, POSITION_ASC);
      case POSITION -> new Sort(PUBLISHED_ASC, RELEASE_ASC, POSITION_ASC);
      case INDEX -> INDEX_ORDER;
    };
  }

  /** The sort values of {@code last}, as Float, Long and String. */
  static List<Object> values(FieldDoc last) {
    List<Object> out = new ArrayList<>(last.fields.length);
    for (Object v : last.fields) {
      if (v instanceof Float || v instanceof Long) {
        out.add(v);
      } else if (v instanceof BytesRef b) {
        out.add(b.utf8ToString());
      } else {
        throw new IllegalStateException("unexpected sort value " + v);
      }
    }
    return out;
  }

  /** The position after which to resume, from {@link #values}; 400 for values that do not fit {@code order}. */
  static FieldDoc after(List<Object> values, Order order) {
    SortField[] fields = of(order).getSort();
    if (values.size() != fields.length) {
      throw Cursor.invalid();
    }
    Object[] out = new Object[fields.length];
    float score = Float.NaN;
    for (int i = 0; i < fields.length; i++) {
      Object v = values.get(i);
      switch (fields[i].getType()) {
        case SCORE -> {
          if (!(v instanceof Number n)) throw Cursor.invalid();
          score = n.floatValue();
          out[i] = score;
        }
        case LONG -> {
          if (!(v instanceof Long l)) throw Cursor.invalid();
          out[i] = l;
        }
        case STRING -> {
          if (!(v instanceof String s)) throw Cursor.invalid();
          out[i] = new BytesRef(s);
        }
        default -> throw Cursor.invalid();
      }
    }
    return new FieldDoc(Integer.MAX_VALUE, score, out);
  }
}
