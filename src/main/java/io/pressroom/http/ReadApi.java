package io.pressroom.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pressroom.ingest.Kind;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.json.PressroomJson;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.search.SearchService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The read endpoints: search, paragraphs, releases, areas, agreements and health. */
final class ReadApi {
  private static final Logger LOG = LoggerFactory.getLogger(ReadApi.class);

  private final SearchService service;
  private final int maxQueryChars;

  ReadApi(SearchService service, int maxQueryChars) {
    this.service = service;
    this.maxQueryChars = maxQueryChars;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/search", SearchParams.NAMES, this::search),
        ApiRoute.get("/api/paragraphs/{id}", this::paragraph),
        ApiRoute.get("/api/releases", this::releases),
        ApiRoute.get("/api/releases/{id}", this::release),
        ApiRoute.get("/api/areas", this::areas),
        ApiRoute.get("/api/agreements", Set.of("release"), this::agreements),
        ApiRoute.get("/health", this::health));
  }

  private void search(Context ctx) throws IOException {
    JsonViews.send(ctx, PressroomJson.searchResult(service.search(SearchParams.parse(ctx.queryParamMap(), maxQueryChars))));
  }

  private void paragraph(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Paragraph p = service.paragraph(id).orElseThrow(() -> ApiException.notFound("No paragraph with id '" + id + "'."
        + (id.contains("#") ? "" : " Paragraph ids look like <release id>#<position>; send the # as %23.")));
    JsonViews.send(ctx, PressroomJson.paragraph(p));
  }

  private void releases(Context ctx) throws IOException {
    JsonViews.send(ctx, JsonViews.releases(service.releases()));
  }

  private void release(Context ctx) throws IOException {
    JsonViews.send(ctx, JsonViews.release(existingRelease(ctx.pathParam("id"))));
  }

  private void areas(Context ctx) throws IOException {
    ObjectNode body = JsonViews.object();
    body.set("areas", PressroomJson.areaCounts(service.areas()));
    JsonViews.send(ctx, body);
  }

  /** Agreement paragraphs in document order, read page by page with the search cursor. */
  private void agreements(Context ctx) throws IOException {
    String releaseId = ctx.queryParam("release");
    boolean one = releaseId != null && !releaseId.isBlank();
    SearchRequest.Builder request = SearchRequest.builder().kinds(Kind.AGREEMENT)
        .sort(SearchRequest.Sort.POSITION).size(SearchRequest.MAX_SIZE).highlight(false).facets(false);
    if (one) {
      request.releases(List.of(releaseId.strip()));
    }
    List<Paragraph> agreements = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = service.search(request.cursor(cursor).build());
      page.hits().stream().map(SearchResult.Hit::paragraph).filter(p -> p.agreement() != null).forEach(agreements::add);
      cursor = page.nextCursor();
    } while (cursor != null);
    if (one && agreements.isEmpty()) {
      existingRelease(releaseId.strip());
    }
    JsonViews.send(ctx, JsonViews.agreements(agreements));
  }

  private void health(Context ctx) {
    ObjectNode body = JsonViews.object();
    try {
      long paragraphs = service.paragraphCount();
      body.put("status", "ok").put("index", "open").put("paragraphs", paragraphs);
    } catch (IOException | RuntimeException e) {
      LOG.warn("health check: index unreadable", e);
      ctx.status(503);
      body.put("status", "unavailable").put("index", "unreadable");
    }
    JsonViews.send(ctx, body);
  }

  private ParsedRelease existingRelease(String id) throws IOException {
    return service.release(id).orElseThrow(() -> ApiException.notFound(
        "No release with id '" + id + "'; GET /api/releases lists them."));
  }
}
