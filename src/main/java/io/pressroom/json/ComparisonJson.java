package io.pressroom.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.compare.Comparison;
import io.pressroom.compare.Comparison.Status;
import io.pressroom.compare.Diff;
import io.pressroom.model.Agreement;
import io.pressroom.model.Paragraph;
import java.util.List;

/**
 * The JSON of {@code GET /api/compare}: the two releases, a count of clauses by status, each area's
 * clause rows and the signed documents. A row's {@code diff} is the list of segments ({@code op}
 * equal, delete or insert, and {@code text}), and {@code html} the same as escaped HTML with
 * {@code <del>} and {@code <ins>}.
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  public static ObjectNode of(Comparison c) {
    ObjectNode n = PressroomJson.MAPPER.createObjectNode();
    n.set("a", PressroomJson.release(c.a()));
    n.set("b", PressroomJson.release(c.b()));
    n.set("counts", counts(c::count));
    ArrayNode areas = n.putArray("areas");
    for (Comparison.AreaChanges area : c.areas()) {
      ObjectNode a = areas.addObject();
      a.set("area", PressroomJson.area(area.area()));
      a.set("counts", counts(area::count));
      ArrayNode rows = a.putArray("clauses");
      for (Comparison.ClauseRow row : area.clauses()) {
        ObjectNode r = rows.addObject();
        r.put("status", row.status().id());
        r.set("a", clause(row.a()));
        r.set("b", clause(row.b()));
        r.put("similarity", Math.round(row.similarity() * 1000) / 1000.0);
        diff(r, row.diff());
      }
    }
    ArrayNode agreements = n.putArray("agreements");
    for (Comparison.AgreementRow row : c.agreements()) {
      ObjectNode r = agreements.addObject();
      r.put("status", row.status().id());
      r.set("a", agreement(row.a()));
      r.set("b", agreement(row.b()));
      diff(r, row.diff());
    }
    return n;
  }

  private static ObjectNode counts(java.util.function.ToLongFunction<Status> count) {
    ObjectNode n = PressroomJson.MAPPER.createObjectNode();
    for (Status s : Status.values()) {
      n.put(s.id(), count.applyAsLong(s));
    }
    return n;
  }

  /** A clause as a row shows it: paragraph id, position and text; null for none. */
  private static ObjectNode clause(Paragraph p) {
    if (p == null) {
      return null;
    }
    ObjectNode n = PressroomJson.MAPPER.createObjectNode();
    n.put("id", p.id());
    n.put("position", p.position());
    n.put("text", p.text());
    return n;
  }

  private static ObjectNode agreement(Agreement a) {
    return a == null ? null : PressroomJson.agreement(a);
  }

  private static void diff(ObjectNode row, List<Diff.Segment> segments) {
    ArrayNode d = row.putArray("diff");
    for (Diff.Segment s : segments) {
      d.addObject().put("op", s.op().id()).put("text", s.text());
    }
    row.put("html", Diff.html(segments));
  }
}
