package io.pressroom.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for browsers: configured origins may call the read (GET) endpoints; nothing
 * else gets CORS headers, so a page on another origin can never send a write request. Preflight
 * requests are answered here, before routing.
 */
final class CorsPolicy {
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
  private static final String ALLOWED_METHODS = "GET, HEAD";
  private static final String ALLOWED_HEADERS = "Accept, Content-Type";

  private final Set<String> origins;

  /** @param origins allowed origins such as {@code https://newsroom.example}; empty for none */
  CorsPolicy(List<String> origins) {
    this.origins = origins.stream().map(CorsPolicy::normalize).collect(Collectors.toUnmodifiableSet());
  }

  /** The before-handler: answers preflights and adds CORS headers to allowed reads. */
  void apply(Context ctx) {
    if (origins.isEmpty()) {
      return;
    }
    String origin = ctx.header("Origin");
    String requested = ctx.header("Access-Control-Request-Method");
    if (ctx.method() == HandlerType.OPTIONS && origin != null && requested != null) {
      preflight(ctx, origin, requested);
      return;
    }
    ctx.header("Vary", "Origin");
    if (origin != null && isRead(ctx.method()) && allowed(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
    }
  }

  private void preflight(Context ctx, String origin, String requestedMethod) {
    ctx.header("Vary", "Origin");
    if (!allowed(origin)) {
      throw new ApiException(403, "cors_origin_not_allowed",
          "Origin " + origin + " may not call this API; start the server with --cors-origin " + origin + " to allow it.");
    }
    if (!READ_METHODS.contains(requestedMethod.strip().toUpperCase(Locale.ROOT))) {
      throw new ApiException(403, "cors_method_not_allowed",
          "Cross-origin " + requestedMethod + " requests are not allowed; only GET is.");
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
    ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
    ctx.skipRemainingHandlers();
  }

  private boolean allowed(String origin) {
    return origins.contains(normalize(origin));
  }

  private static boolean isRead(HandlerType method) {
    return method == HandlerType.GET || method == HandlerType.HEAD;
  }

  private static String normalize(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
