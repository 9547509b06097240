package io.pressroom.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.pressroom.core.Archive;
import io.pressroom.json.HitExport;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.store.Fields;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A search in other formats: every hit as CSV or NDJSON, streamed as it is read, up to {@link
 * #MAX_EXPORT}; and the newest hits as an Atom feed, for a feed reader to follow the search.
 */
final class ExportApi {
  private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);
  /** Most hits one export sends. */
  static final int MAX_EXPORT = 100_000;
  /** Entries of a feed when {@code size} is not given. */
  static final int FEED_SIZE = 20;

  private final Archive service;
  private final int maxQueryChars;

  ExportApi(Archive service, int maxQueryChars) {
    this.service = service;
    this.maxQueryChars = maxQueryChars;
  }

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/search.csv", SearchParams.selectionAnd("sort", "max"), ctx -> export(ctx, HitExport.Format.CSV)),
        ApiRoute.get("/api/search.ndjson", SearchParams.selectionAnd("sort", "max"), ctx -> export(ctx, HitExport.Format.NDJSON)),
        ApiRoute.get("/api/search.atom", SearchParams.selectionAnd("size"), this::feed));
  }

  private void export(Context ctx, HitExport.Format format) throws IOException {
    SearchParams params = SearchParams.of(ctx.queryParamMap(), maxQueryChars);
    SearchRequest request = params.selection().sort(params.sort()).highlight(false).facets(false).build();
    int max = params.integer("max", MAX_EXPORT, 1, MAX_EXPORT);
    // Resolves area names and checks the query before a byte is sent, so a bad request is a 400.
    service.search(params.selection().size(0).highlight(false).facets(false).build());
    ctx.contentType(format.contentType())
        .header("Content-Disposition", "attachment; filename=\"pressroom-search." + format.extension() + "\"")
        .header("Cache-Control", "no-store");
    if (ctx.method() == HandlerType.HEAD) {
      return;
    }
    OutputStream out = ctx.outputStream();
    HitExport writer = HitExport.to(format, out);
    try {
      service.export(request, max, writer::write);
      writer.close();
    } catch (UncheckedIOException e) {
      // The client went away mid-stream: nothing more can be said to it.
      LOG.info("{} {}: export stopped after {} hits: {}", ctx.method(), ctx.path(), writer.written(), e.getCause().toString());
    } catch (IOException | RuntimeException e) {
      if (!ctx.res().isCommitted()) {
        throw e; // nothing sent yet: the usual error answer
      }
      // Part of the export is sent: the status cannot change, so the body ends short (the log says why).
      LOG.warn("{} {}: export failed after {} hits", ctx.method(), ctx.path(), writer.written(), e);
    }
  }

  private void feed(Context ctx) throws IOException {
    SearchParams params = SearchParams.of(ctx.queryParamMap(), maxQueryChars);
    SearchRequest request = params.selection()
        .sort(SearchRequest.Sort.DATE)
        .size(params.integer("size", FEED_SIZE, 1, SearchRequest.MAX_SIZE))
        .highlight(false)
        .facets(false)
        .build();
    SearchResult result = service.search(request);
    ctx.contentType(AtomFeed.CONTENT_TYPE);
    if (ctx.method() == HandlerType.HEAD) {
      return;
    }
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    try {
      AtomFeed.write(ctx.outputStream(), result, base(ctx), ctx.path() + query, "/" + pageQuery(ctx), title(request));
    } catch (XMLStreamException e) {
      throw new IOException("writing the feed failed", e);
    }
  }

  /** The server's address as the client used it. */
  private static String base(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }

  /** The search page's query string for the same search (its parameters are the API's, less size). */
  private static String pageQuery(Context ctx) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("size")) {
        continue;
      }
      for (String v : e.getValue()) {
        parts.add(AtomFeed.path(e.getKey()) + "=" + AtomFeed.path(v));
      }
    }
    parts.add("sort=date");
    return "?" + String.join("&", parts);
  }

  /** The feed's title: the query and the filters, e.g. {@code 綠色金融 · area: finance}. */
  private static String title(SearchRequest r) {
    List<String> parts = new ArrayList<>();
    if (!r.query().isBlank()) {
      parts.add(r.query().strip());
    }
    for (String dim : Fields.FACET_DIMS) {
      if (!r.filter(dim).isEmpty()) {
        parts.add(dim + ": " + String.join(", ", r.filter(dim)));
      }
    }
    if (r.hasLang()) {
      parts.add("lang: " + r.lang());
    }
    if (r.fromDate() != null || r.toDate() != null) {
      parts.add((r.fromDate() == null ? "…" : r.fromDate().toString()) + " – " + (r.toDate() == null ? "…" : r.toDate().toString()));
    }
    return parts.isEmpty() ? "every paragraph" : parts.stream().collect(Collectors.joining(" · "));
  }
}
