package io.pressroom.http;

import io.pressroom.model.ParsedRelease;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.pressroom.ingest.IngestException;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.core.Archive;
import io.pressroom.json.PressroomJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The write endpoints: {@code POST /api/releases} parses a press release (text or HTML) and puts it
 * in the index; {@code DELETE /api/releases/{id}} removes one. Both need the admin token.
 */
final class AdminApi {
  private final Archive service;
  private final ReleaseParser parser;
  private final AdminAuth auth;
  private final long maxBodyBytes;

  AdminApi(Archive service, ReleaseParser parser, AdminAuth auth, long maxBodyBytes) {
    this.service = service;
    this.parser = parser;
    this.auth = auth;
    this.maxBodyBytes = maxBodyBytes;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(HandlerType.POST, "/api/releases", Set.of("name", "id"), true, this::post),
        new ApiRoute(HandlerType.DELETE, "/api/releases/{id}", Set.of(), true, this::delete),
        new ApiRoute(HandlerType.POST, "/api/backup", Set.of("to"), true, this::backup));
  }

  private void post(Context ctx) throws IOException {
    auth.require(ctx);
    ReleaseParser.Format format = format(ctx.header("Content-Type"));
    byte[] body = body(ctx);
    String name = ctx.queryParam("name");
    ParsedRelease release;
    try {
      String id = ctx.queryParam("id");
      release = parser.parse(body, name == null || name.isBlank() ? null : name.strip(), format,
          id == null || id.isBlank() ? null : id.strip());
    } catch (IngestException e) {
      throw refused(e);
    }
    service.put(release);
    ctx.status(201).header("Location", "/api/releases/" + release.release().id());
    JsonViews.send(ctx, PressroomJson.created(release));
  }

  private void delete(Context ctx) throws IOException {
    auth.require(ctx);
    String id = ctx.pathParam("id");
    if (!service.delete(id)) {
      throw ApiException.notFound("No release with id '" + id + "'; GET /api/releases lists them.");
    }
    ObjectNode body = JsonViews.object().put("id", id).put("deleted", true);
    JsonViews.send(ctx, body);
  }

  /** Copies the index into a new folder on this machine while it serves (see {@code Archive.backup}). */
  private void backup(Context ctx) throws IOException {
    auth.require(ctx);
    String to = ctx.queryParam("to");
    if (to == null || to.isBlank()) {
      throw ApiException.badRequest("invalid_to", "to must name a new folder on the server's machine for the copy");
    }
    List<String> files;
    try {
      files = service.backup(java.nio.file.Path.of(to.strip()));
    } catch (UnsupportedOperationException e) {
      throw new ApiException(409, "no_backup", e.getMessage());
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new ApiException(409, "backup_folder_not_empty", e.getMessage());
    } catch (java.nio.file.AccessDeniedException | java.nio.file.NotDirectoryException e) {
      throw ApiException.badRequest("invalid_to", "cannot write the backup folder: " + e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      throw ApiException.badRequest("invalid_to", "to is not a folder name: " + e.getMessage());
    }
    ObjectNode body = JsonViews.object().put("to", to.strip());
    files.forEach(body.putArray("files")::add);
    JsonViews.send(ctx, body);
  }

  /** Text or HTML, from the Content-Type; the body must be UTF-8. */
  private static ReleaseParser.Format format(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw unsupported("no Content-Type");
    }
    String[] parts = contentType.split(";");
    String mime = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset") && !isUtf8(kv[1])) {
        throw new ApiException(415, "unsupported_charset",
            "The body must be UTF-8; the Content-Type says charset=" + kv[1].strip() + ".");
      }
    }
    return switch (mime) {
      case "text/plain" -> ReleaseParser.Format.TEXT;
      case "text/html" -> ReleaseParser.Format.HTML;
      default -> throw unsupported("Content-Type " + mime);
    };
  }

  private static boolean isUtf8(String charset) {
    try {
      return Charset.forName(charset.strip().replace("\"", "")).equals(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return false;
    }
  }

  private static ApiException unsupported(String what) {
    return new ApiException(415, "unsupported_media_type",
        "Send the press release as text/plain or text/html (UTF-8); got " + what + ".");
  }

  /** Reads the body, refusing it (413) as soon as it is known to exceed the limit. */
  private byte[] body(Context ctx) throws IOException {
    if (ctx.req().getContentLengthLong() > maxBodyBytes) {
      throw tooLarge();
    }
    int cap = (int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8);
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(cap);
      if (body.length > maxBodyBytes) {
        throw tooLarge();
      }
      return body;
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "body_too_large",
        "The request body is larger than the limit of " + maxBodyBytes + " bytes.");
  }

  private static ApiException refused(IngestException e) {
    String code = e.reason().name().toLowerCase(Locale.ROOT);
    int status = e.reason() == IngestException.Reason.TOO_LARGE ? 413 : 400;
    return new ApiException(status, code, "The press release was not added: " + e.getMessage());
  }
}
