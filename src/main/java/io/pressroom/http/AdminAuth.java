package io.pressroom.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the write endpoints with a bearer token. Without a configured token they are off (403);
 * a missing, malformed or wrong token is 401. Tokens are compared in constant time.
 */
final class AdminAuth {
  private static final String SCHEME = "Bearer ";

  private final byte[] token;

  /** @param token the configured token, or null to turn the write endpoints off */
  AdminAuth(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns normally if the request carries the token; throws {@link ApiException} otherwise. */
  void require(Context ctx) {
    if (token == null) {
      throw new ApiException(403, "writes_disabled",
          "Write endpoints are off: start the server with PRESSROOM_ADMIN_TOKEN set to enable them.");
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw unauthorized(ctx, "missing_token", "This endpoint needs an 'Authorization: Bearer <token>' header.");
    }
    if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw unauthorized(ctx, "malformed_token", "The Authorization header must be 'Bearer <token>'.");
    }
    byte[] given = header.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw unauthorized(ctx, "invalid_token", "The bearer token is not valid.");
    }
  }

  private static ApiException unauthorized(Context ctx, String code, String message) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"pressroom\"");
    return new ApiException(401, code, message);
  }
}
