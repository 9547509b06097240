package io.pressroom.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.BackendUnavailableException;
import io.pressroom.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one JSON error shape {@code {"error": {"status", "code",
 * "message"}}}: the API's own refusals, the core's {@link InvalidRequestException}, Javalin's
 * routing answers (404, 405, 413), a search backend that cannot answer (503) and, with a generic
 * message, anything unexpected (logged here, never shown to the client).
 */
final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  /** Registers the exception handlers. */
  static void install(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(InvalidRequestException.class, (e, ctx) -> write(ctx, 400, invalidCode(e), e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> fromJavalin(ctx, e));
    routes.exception(BackendUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
    // Lookups made inside a search (facet labels, area names, links) carry it unchecked.
    routes.exception(java.io.UncheckedIOException.class, (e, ctx) -> {
      if (e.getCause() instanceof BackendUnavailableException b) {
        unavailable(ctx, b);
      } else {
        internalError(ctx, e);
      }
    });
    routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
  }

  private static void unavailable(Context ctx, BackendUnavailableException e) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    ctx.header("Retry-After", "5");
    write(ctx, 503, "backend_unavailable", "The search backend cannot answer right now; try again shortly.");
  }

  private static void internalError(Context ctx, Exception e) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    write(ctx, 500, "internal_error", "The server failed to answer this request; the error is logged.");
  }

  /** Writes an error body with the given status. */
  static void write(Context ctx, int status, String code, String message) {
    ObjectNode body = PressroomJson.MAPPER.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("status", status);
    error.put("code", code);
    error.put("message", message);
    JsonViews.send(ctx.status(status), body);
  }

  private static String invalidCode(InvalidRequestException e) {
    return e.parameter() == null ? "invalid_request" : "invalid_" + e.parameter();
  }

  private static void fromJavalin(Context ctx, HttpResponseException e) {
    int status = e.getStatus();
    switch (status) {
      case 404 -> write(ctx, 404, "not_found", "No route " + ctx.method() + " " + ctx.path()
          + "; see /openapi.json for the endpoints.");
      case 405 -> write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()
          + "; see /openapi.json for the methods each endpoint takes.");
      case 413 -> write(ctx, 413, "body_too_large", "The request body is too large.");
      default -> write(ctx, status, "http_" + status, e.getMessage() == null ? "HTTP " + status : e.getMessage());
    }
  }
}
