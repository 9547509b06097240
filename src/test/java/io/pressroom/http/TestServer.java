package io.pressroom.http;

import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
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
import java.util.List;
import java.util.function.UnaryOperator;

/** A real server on a free port over the shipped corpus in an in-memory index, and a client for it. */
final class TestServer implements AutoCloseable {
  /** The Chinese release of the shipped corpus. */
  static final String HKCD = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference";
  /** The English release of the shipped corpus. */
  static final String ISD = "2024-04-26-isd-shanghai-hong-kong-cooperation-conference-en";

  final Archive service;
  final PressroomServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  private TestServer(Archive service, PressroomServer server) {
    this.service = service;
    this.server = server;
  }

  /** The corpus, served with the default local config changed by {@code config}. */
  static TestServer start(UnaryOperator<ServerConfig> config) throws IOException {
    Archive service = Archive.open(LuceneStore.inMemory());
    CorpusIngest.Summary s = CorpusIngest.ingestPaths(service, List.of(Path.of("corpus")), line -> {});
    if (!s.errors().isEmpty() || s.releases() < 2) {
      throw new IllegalStateException("corpus did not ingest: " + s);
    }
    return new TestServer(service, PressroomServer.start(service, config.apply(ServerConfig.local(0))));
  }

  static TestServer start() throws IOException {
    return start(c -> c);
  }

  URI uri(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GET that must answer 200; returns the JSON body. */
  JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    return json(r);
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return PressroomJson.MAPPER.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    service.close();
  }
}
