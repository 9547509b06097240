package io.pressroom.http;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the HTTP service listens and what it allows: address, admin token, CORS origins and limits.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1}
 * @param port TCP port; 0 picks a free one (tests)
 * @param adminToken bearer token for the write endpoints; null or blank turns them off (403)
 * @param corsOrigins origins allowed to call the read endpoints from a browser, e.g. {@code
 *     https://newsroom.example}; empty for none
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param maxQueryChars longest accepted {@code q}; longer ones get 400
 * @param idleTimeout how long an idle connection stays open
 * @param stopTimeout how long shutdown waits for in-flight requests
 */
public record ServerConfig(
    String host,
    int port,
    String adminToken,
    List<String> corsOrigins,
    long maxBodyBytes,
    int maxQueryChars,
    Duration idleTimeout,
    Duration stopTimeout) {

  /** Default largest request body: 10 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
  /** Default longest query text. */
  public static final int DEFAULT_MAX_QUERY_CHARS = 1_000;

  private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s?#]+/?");

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException("CORS origin must look like https://newsroom.example[:port], got '" + origin + "'");
      }
    }
  }

  /** Localhost on {@code port}, no admin token, no CORS, default limits. */
  public static ServerConfig local(int port) {
    return new ServerConfig("127.0.0.1", port, null, List.of(), DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_QUERY_CHARS, Duration.ofSeconds(30), Duration.ofSeconds(10));
  }

  /** This config with another admin token. */
  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, token, corsOrigins, maxBodyBytes, maxQueryChars, idleTimeout, stopTimeout);
  }

  /** This config with other CORS origins. */
  public ServerConfig withCorsOrigins(List<String> origins) {
    return new ServerConfig(host, port, adminToken, origins, maxBodyBytes, maxQueryChars, idleTimeout, stopTimeout);
  }

  /** This config with another body limit. */
  public ServerConfig withMaxBodyBytes(long bytes) {
    return new ServerConfig(host, port, adminToken, corsOrigins, bytes, maxQueryChars, idleTimeout, stopTimeout);
  }

  /** This config with another idle timeout (how long a connection that sends nothing stays open). */
  public ServerConfig withIdleTimeout(Duration timeout) {
    return new ServerConfig(host, port, adminToken, corsOrigins, maxBodyBytes, maxQueryChars, timeout, stopTimeout);
  }

  /** This config bound to another host. */
  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, adminToken, corsOrigins, maxBodyBytes, maxQueryChars, idleTimeout, stopTimeout);
  }
}
