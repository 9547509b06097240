package io.pressroom.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.SearchService.ReleaseSummary;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The API's response bodies. Paragraphs, releases, areas and agreements go through {@link
 * PressroomJson}, so the HTTP API and the command line share one JSON contract; this class adds
 * only the envelopes specific to HTTP responses (listings, the answer to a POST).
 */
final class JsonViews {
  /** The content type of every JSON response. */
  static final String JSON_UTF8 = "application/json; charset=utf-8";

  private JsonViews() {}

  /** Writes {@code body} as UTF-8 JSON. */
  static void send(Context ctx, JsonNode body) {
    try {
      ctx.contentType(JSON_UTF8).result(PressroomJson.MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The release listing: each release's metadata and its paragraph count. */
  static ObjectNode releases(List<ReleaseSummary> summaries) {
    ObjectNode n = object();
    n.put("total", summaries.size());
    ArrayNode a = n.putArray("releases");
    for (ReleaseSummary s : summaries) {
      a.add(PressroomJson.release(s.release()).put("paragraphs", s.paragraphs()));
    }
    return n;
  }

  /** One release: its metadata and its paragraphs in order. */
  static ObjectNode release(ParsedRelease r) {
    ObjectNode n = object();
    n.set("release", PressroomJson.release(r.release()));
    ArrayNode a = n.putArray("paragraphs");
    r.paragraphs().forEach(p -> a.add(PressroomJson.paragraph(p)));
    return n;
  }

  /** Agreement paragraphs as agreements: number, title, type, parties, and where they stand. */
  static ObjectNode agreements(List<Paragraph> agreementParagraphs) {
    ObjectNode n = object();
    n.put("total", agreementParagraphs.size());
    ArrayNode a = n.putArray("agreements");
    for (Paragraph p : agreementParagraphs) {
      ObjectNode g = PressroomJson.agreement(p.agreement());
      g.put("release_id", p.release().id());
      g.put("paragraph_id", p.id());
      a.add(g);
    }
    return n;
  }

  /** The answer to a successful POST: the release and how many paragraphs it has. */
  static ObjectNode created(ParsedRelease r) {
    ObjectNode n = object();
    n.put("id", r.release().id());
    n.set("release", PressroomJson.release(r.release()));
    n.put("paragraphs", r.paragraphs().size());
    return n;
  }

  static ObjectNode object() {
    return PressroomJson.MAPPER.createObjectNode();
  }
}
