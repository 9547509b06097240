package io.pressroom.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web page, its icon and the OpenAPI document: a fixed set of class-path files, loaded once,
 * served with their content type (UTF-8 for text), an ETag and (for the page) a
 * Content-Security-Policy that allows only the page's own scripts and styles.
 */
final class WebAssets {
  private static final String BASE = "/io/pressroom/http/";
  private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Asset page = load("web/index.html", "text/html; charset=utf-8");
  private final Asset openApi = load("openapi.json", JsonViews.JSON_UTF8);
  private final Asset favicon = load("web/favicon.ico", "image/x-icon");
  private final Map<String, Asset> statics = Map.of(
      "app.js", load("web/app.js", "text/javascript; charset=utf-8"),
      "app.css", load("web/app.css", "text/css; charset=utf-8"));

  List<ApiRoute> routes() {
    return List.of(
        page("/"),
        page("/releases/{id}"),
        page("/compare"),
        ApiRoute.get("/static/{file}", ctx -> send(ctx, asset(ctx.pathParam("file")))),
        ApiRoute.get("/favicon.ico", ctx -> send(ctx, favicon)),
        ApiRoute.get("/openapi.json", ctx -> send(ctx, openApi)));
  }

  /**
   * A view of the page (the search, a release, a comparison): the same HTML, whose script reads the
   * path and the query string, which are the page's own state and not checked here.
   */
  private ApiRoute page(String path) {
    return new ApiRoute(HandlerType.GET, path, Set.of(), false, ctx -> {
      ctx.header("Content-Security-Policy", PAGE_POLICY);
      send(ctx, page);
    });
  }

  private Asset asset(String name) {
    Asset a = statics.get(name);
    if (a == null) {
      throw ApiException.notFound("No static file '" + name + "'.");
    }
    return a;
  }

  private static void send(Context ctx, Asset asset) {
    ctx.header("ETag", asset.etag()).header("Cache-Control", "no-cache");
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  private static Asset load(String path, String contentType) {
    try (InputStream in = WebAssets.class.getResourceAsStream(BASE + path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + path);
      }
      byte[] bytes = in.readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(bytes, contentType, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Asset(byte[] bytes, String contentType, String etag) {}
}
