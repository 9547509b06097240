package io.pressroom.http;

import io.pressroom.model.Agreement;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pressroom.core.Archive;
import io.pressroom.search.SearchResult;
import io.pressroom.json.PressroomJson;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The read endpoints: search, paragraphs, releases, areas, agreements and health. */
final class ReadApi {
  private static final Logger LOG = LoggerFactory.getLogger(ReadApi.class);

  /** Releases in a page of the listing when {@code size} is not given, and at most. */
  static final int RELEASES_PAGE = 100;
  static final int MAX_RELEASES_PAGE = 1000;

  private final Archive service;
  private final int maxQueryChars;

  ReadApi(Archive service, int maxQueryChars) {
    this.service = service;
    this.maxQueryChars = maxQueryChars;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/search", SearchParams.NAMES, this::search),
        ApiRoute.get("/api/paragraphs/{id}", this::paragraph),
        ApiRoute.get("/api/releases", Set.of("from", "size"), this::releases),
        ApiRoute.get("/api/releases/{id}", this::release),
        ApiRoute.get("/api/areas", this::areas),
        ApiRoute.get("/api/agreements", Set.of("release"), this::agreements),
        ApiRoute.get("/health", this::health));
  }

  private void search(Context ctx) throws IOException {
    SearchResult result = service.search(SearchParams.parse(ctx.queryParamMap(), maxQueryChars));
    JsonViews.send(ctx, PressroomJson.bytes(g -> PressroomJson.writeSearchResult(g, result)));
  }

  private void paragraph(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Paragraph p = service.paragraph(id).orElseThrow(() -> ApiException.notFound("No paragraph with id '" + id + "'."
        + (id.contains("#") ? "" : " Paragraph ids look like <release id>#<position>; send the # as %23.")));
    JsonViews.send(ctx, PressroomJson.paragraph(p));
  }

  /** A page of the release listing, newest first. */
  private void releases(Context ctx) throws IOException {
    SearchParams params = SearchParams.of(ctx.queryParamMap(), maxQueryChars);
    int from = params.integer("from", 0, 0, Integer.MAX_VALUE);
    int size = params.integer("size", RELEASES_PAGE, 0, MAX_RELEASES_PAGE);
    JsonViews.send(ctx, PressroomJson.releasePage(service.releases(from, size), from, size));
  }

  private void release(Context ctx) throws IOException {
    JsonViews.send(ctx, PressroomJson.release(existingRelease(ctx.pathParam("id"))));
  }

  private void areas(Context ctx) throws IOException {
    ObjectNode body = JsonViews.object();
    body.set("areas", PressroomJson.areaCounts(service.areas()));
    JsonViews.send(ctx, body);
  }

  /** Agreement paragraphs in document order, of one release or of all. */
  private void agreements(Context ctx) throws IOException {
    String releaseId = ctx.queryParam("release");
    boolean one = releaseId != null && !releaseId.isBlank();
    List<Paragraph> agreements = service.agreements(one ? releaseId.strip() : null);
    if (one && agreements.isEmpty()) {
      existingRelease(releaseId.strip());
    }
    JsonViews.send(ctx, PressroomJson.agreements(agreements));
  }

  private void health(Context ctx) {
    ObjectNode body = JsonViews.object();
    String store = service.storeNoun(); // "index" or "collection": the store names itself
    try {
      long paragraphs = service.paragraphCount();
      body.put("status", "ok").put(store, "open").put("paragraphs", paragraphs);
    } catch (IOException | RuntimeException e) {
      LOG.warn("health check: {} unreadable", service.describe(), e);
      ctx.status(503);
      body.put("status", "unavailable").put(store, "unreadable");
    }
    JsonViews.send(ctx, body);
  }

  private ParsedRelease existingRelease(String id) throws IOException {
    return service.release(id).orElseThrow(() -> ApiException.notFound(
        "No release with id '" + id + "'; GET /api/releases lists them."));
  }
}
