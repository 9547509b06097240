package io.pressroom.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.core.Archive;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP service: the JSON API, the web page and the OpenAPI document over one {@link
 * Archive}. {@link #close()} stops taking connections, lets in-flight requests finish (up to
 * the configured stop timeout) and returns; the caller then closes the service.
 */
public final class PressroomServer implements AutoCloseable {
  private final Javalin app;
  private final List<ApiRoute> routes;
  private final String host;

  private PressroomServer(Javalin app, List<ApiRoute> routes, String host) {
    this.app = app;
    this.routes = routes;
    this.host = host;
  }

  /** Starts serving {@code service} as {@code config} says; returns once the port is bound. */
  public static PressroomServer start(Archive service, ServerConfig config) {
    List<ApiRoute> routes = new ArrayList<>();
    routes.addAll(new ReadApi(service, config.maxQueryChars()).routes());
    routes.addAll(new ExportApi(service, config.maxQueryChars()).routes());
    routes.addAll(new CompareApi(service).routes());
    routes.addAll(new AdminApi(service, ReleaseParser.standard(), new AdminAuth(config.adminToken()),
        config.maxBodyBytes()).routes());
    routes.addAll(new WebAssets().routes());
    CorsPolicy cors = new CorsPolicy(config.corsOrigins());
    Javalin app = Javalin.create(cfg -> {
      configureJetty(cfg, config);
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.prefer405over404 = true;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer"));
      cfg.routes.before(cors::apply);
      for (ApiRoute r : routes) {
        cfg.routes.addHttpHandler(r.method(), r.path(), r.checkedHandler());
        if (r.method() == HandlerType.GET) {
          // HEAD answers as GET does, headers and all, without the body (Jetty drops it); left to
          // itself, Javalin answers HEAD with an empty text/plain 200 without running the handler.
          cfg.routes.addHttpHandler(HandlerType.HEAD, r.path(), r.checkedHandler());
        }
      }
      ApiErrors.install(cfg.routes);
    }).start();
    return new PressroomServer(app, List.copyOf(routes), config.host());
  }

  private static void configureJetty(JavalinConfig cfg, ServerConfig config) {
    cfg.jetty.modifyServer(server -> {
      server.setHandler(new GracefulHandler());
      server.setStopTimeout(config.stopTimeout().toMillis());
      server.setErrorHandler(new JettyErrors());
    });
    cfg.jetty.addConnector((server, http) -> {
      http.setSendServerVersion(false);
      // Jetty's per-connection header cache matches values ignoring case by default, so on a
      // kept-alive connection a bearer token differing only in case was taken for the cached one.
      http.setHeaderCacheCaseSensitive(true);
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
      connector.setHost(config.host());
      connector.setPort(config.port());
      connector.setIdleTimeout(config.idleTimeout().toMillis());
      return connector;
    });
  }

  /** The bound port (the real one when the config asked for 0). */
  public int port() {
    return app.port();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** The routes as declared, for checking them against the OpenAPI document. */
  List<ApiRoute> routes() {
    return routes;
  }

  /**
   * The endpoints as Javalin registered them, {@code METHOD path} (before-handlers left out; each
   * GET route also has its HEAD).
   */
  List<String> registeredEndpoints() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(e -> e.endpoint.method.isHttpMethod())
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  /** Stops gracefully: no new connections, in-flight requests finish. */
  @Override
  public void close() {
    app.stop();
  }
}
