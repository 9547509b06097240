package io.pressroom.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One endpoint: method, path, the query parameters it takes, and its handler. The server
 * registers exactly these, the handler first refuses parameter names it does not know (a typo
 * such as {@code aera=} must not silently widen a search), and the OpenAPI test compares this
 * table with {@code openapi.json}.
 *
 * @param method HTTP method
 * @param path Javalin path, e.g. {@code /api/releases/{id}}
 * @param queryParams accepted query parameter names
 * @param strictParams whether other names are refused with 400 (false for the web page, whose
 *     query string is the page's own state)
 * @param handler what answers
 */
record ApiRoute(HandlerType method, String path, Set<String> queryParams, boolean strictParams, Handler handler) {

  ApiRoute {
    queryParams = Set.copyOf(queryParams);
  }

  static ApiRoute get(String path, Set<String> queryParams, Handler handler) {
    return new ApiRoute(HandlerType.GET, path, queryParams, true, handler);
  }

  static ApiRoute get(String path, Handler handler) {
    return get(path, Set.of(), handler);
  }

  /** The handler Javalin runs: the parameter check, then this route's handler. */
  Handler checkedHandler() {
    return ctx -> {
      if (strictParams) {
        refuseUnknownParams(ctx);
      }
      handler.handle(ctx);
    };
  }

  private void refuseUnknownParams(Context ctx) {
    Map<String, List<String>> given = ctx.queryParamMap();
    Set<String> unknown = new TreeSet<>(given.keySet());
    unknown.removeAll(queryParams);
    if (!unknown.isEmpty()) {
      String accepted = queryParams.isEmpty() ? "it takes none" : "it takes " + String.join(", ", new TreeSet<>(queryParams));
      throw ApiException.badRequest("unknown_parameter",
          "unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
              + " for " + method + " " + path + "; " + accepted);
    }
  }
}
