package io.pressroom.http;

import io.javalin.http.Context;
import io.pressroom.compare.ReleaseComparer;
import io.pressroom.core.Archive;
import io.pressroom.json.ComparisonJson;
import io.pressroom.model.ParsedRelease;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code GET /api/compare?a=ID&b=ID}: two releases side by side, area by area (see {@link ReleaseComparer}). */
final class CompareApi {
  private final Archive service;
  private final ReleaseComparer comparer = ReleaseComparer.standard();

  CompareApi(Archive service) {
    this.service = service;
  }

  List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/api/compare", Set.of("a", "b"), this::compare));
  }

  private void compare(Context ctx) throws IOException {
    SearchParams params = SearchParams.of(ctx.queryParamMap(), 0);
    ParsedRelease a = release("a", params.single("a"));
    ParsedRelease b = release("b", params.single("b"));
    if (!ReleaseComparer.comparable(a, b)) {
      throw ApiException.badRequest("not_comparable", "a (" + a.release().id() + ") is in " + a.release().language()
          + " and b (" + b.release().id() + ") in " + b.release().language()
          + ": compare releases in one language (Traditional and Simplified Chinese compare with each other); "
          + "each release's other-language version is linked from its paragraphs' counterpart");
    }
    JsonViews.send(ctx, ComparisonJson.of(comparer.compare(a, b)));
  }

  private ParsedRelease release(String name, String id) throws IOException {
    if (id == null) {
      throw ApiException.badRequest("invalid_" + name, name + " must name a release id (GET /api/releases lists them)");
    }
    String trimmed = id.strip();
    return service.release(trimmed).orElseThrow(() -> ApiException.notFound(
        "No release with id '" + trimmed + "' (parameter " + name + "); GET /api/releases lists them."));
  }
}
