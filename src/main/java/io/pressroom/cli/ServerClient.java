package io.pressroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.json.PressroomJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes through a running server, for commands whose index the server holds: posts releases and
 * asks for backups with the admin token of {@code PRESSROOM_ADMIN_TOKEN}.
 */
final class ServerClient {
  private final URI base;
  private final String token;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServerClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** A client of the server at {@code url} with the token from the environment; refuses without one. */
  static ServerClient fromEnvironment(String url) throws IOException {
    String token = System.getenv("PRESSROOM_ADMIN_TOKEN");
    if (token == null || token.isBlank()) {
      throw new IOException("writing through the server at " + url + " needs its admin token: set PRESSROOM_ADMIN_TOKEN");
    }
    return new ServerClient(URI.create(url.endsWith("/") ? url : url + "/"), token);
  }

  /**
   * Posts a release file's bytes as {@code name} under release id {@code id}; returns the server's
   * answer (id, paragraphs). No charset is claimed: the server reads the bytes as a local ingest
   * does (UTF-8, UTF-16 or the Chinese legacy encodings). A release the server refuses is an
   * {@link Refused}; a server that does not answer, an IOException.
   */
  JsonNode postRelease(byte[] body, String name, String id, boolean html) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("api/releases?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", html ? "text/html" : "text/plain")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return send(request, 201);
  }

  /** The server answered, and refused what was asked (a 4xx with its reason). */
  static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }

  /** Asks the server to back its index up into {@code to} (a folder on the server's machine). */
  List<String> backup(Path to) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(
            base.resolve("api/backup?to=" + URLEncoder.encode(to.toAbsolutePath().toString(), StandardCharsets.UTF_8)))
        .timeout(Duration.ofHours(1))
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
    JsonNode answer = send(request, 200);
    List<String> files = new ArrayList<>();
    answer.path("files").forEach(f -> files.add(f.asText()));
    return files;
  }

  private JsonNode send(HttpRequest request, int expected) throws IOException {
    HttpResponse<String> r;
    try {
      r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for " + base);
    } catch (IOException e) {
      throw new IOException("the server at " + base + " did not answer (" + e.getMessage() + ")", e);
    }
    JsonNode body;
    try {
      body = PressroomJson.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new IOException("the server at " + base + " answered " + r.statusCode() + " with no JSON", e);
    }
    if (r.statusCode() != expected) {
      String why = body.path("error").path("message").asText(r.body());
      if (r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() >= 500) {
        throw new IOException("the server at " + base + " refused: " + why);
      }
      throw new Refused("the server at " + base + " refused: " + why);
    }
    return body;
  }
}
