package io.pressroom.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pressroom.json.PressroomJson;
import java.io.UncheckedIOException;

/** Writes response bodies: the shapes themselves are {@link PressroomJson}'s. */
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

  /** Writes UTF-8 JSON already serialised. */
  static void send(Context ctx, byte[] body) {
    ctx.contentType(JSON_UTF8).result(body);
  }

  static ObjectNode object() {
    return PressroomJson.MAPPER.createObjectNode();
  }
}
