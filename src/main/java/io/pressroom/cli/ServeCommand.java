package io.pressroom.cli;

import io.pressroom.http.PressroomServer;
import io.pressroom.http.ServerConfig;
import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.ServerMark;
import io.pressroom.search.Glossary;
import io.pressroom.core.Archive;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pressroom serve}: the web page and the JSON API over the index, built from the corpus
 * first when the index is empty. Runs until SIGTERM or Ctrl-C, then lets in-flight requests finish
 * and closes the index.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search page and the JSON API. An empty or missing index is first built "
        + "from the corpus folder. Set PRESSROOM_ADMIN_TOKEN to enable POST/DELETE /api/releases.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Mixin
  BackendOptions backend;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Releases to ingest when the index is empty (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "An origin (e.g. https://newsroom.example) whose pages may call the read endpoints; repeatable.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "Extra glossary entries (English<TAB>Traditional<TAB>Simplified), added to the shipped ones "
          + "(default: glossary.tsv in the corpus folder, if present).")
  Path glossaryFile;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    PrintStream err = Console.err();
    String token = System.getenv("PRESSROOM_ADMIN_TOKEN");
    ServerConfig config = ServerConfig.local(port).withHost(host).withAdminToken(token).withCorsOrigins(corsOrigins);
    Glossary glossary = GlossaryOption.load(glossaryFile, corpus, out);
    Archive service = backend.open(glossary);
    PressroomServer server;
    try {
      if (service.paragraphCount() == 0) {
        ingestCorpus(service, out, err);
      }
      server = PressroomServer.start(service, config);
    } catch (Exception | Error e) {
      service.close();
      throw e;
    }
    if (backend.backend == BackendOptions.Backend.embedded) {
      ServerMark.write(backend.index, server.uri().toString().replaceAll("/$", ""));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop(server, service, out, err, stopped);
      if (backend.backend == BackendOptions.Backend.embedded) {
        ServerMark.remove(backend.index);
      }
    }, "pressroom-stop"));
    out.printf("Pressroom: %d paragraphs from %s, serving at %s%n", service.paragraphCount(), service.describe(), server.uri());
    out.println(config.adminToken() == null
        ? "Write endpoints are off (set PRESSROOM_ADMIN_TOKEN to enable them). Stop with Ctrl-C."
        : "Write endpoints are on (bearer token from PRESSROOM_ADMIN_TOKEN). Stop with Ctrl-C.");
    stopped.await();
    return 0;
  }

  private void ingestCorpus(Archive service, PrintStream out, PrintStream err) throws IOException {
    if (!Files.exists(corpus)) {
      err.printf("Nothing is indexed in %s and there is no corpus at %s: serving an empty index "
          + "(use --corpus, or POST releases to /api/releases).%n", service.describe(), corpus);
      return;
    }
    out.printf("Nothing is indexed in %s yet: ingesting %s …%n", service.describe(), corpus);
    CorpusIngest.Summary s = IngestCommand.ingest(service, List.of(corpus), IngestProgress.Mode.auto, out);
    s.errors().forEach(e -> err.println(Main.ERROR + e.message()));
    out.printf("Ingested %d of %d files: %d paragraphs in %d ms.%n", s.releases(), s.files(), s.paragraphs(), s.millis());
  }

  private static void stop(PressroomServer server, Archive service, PrintStream out, PrintStream err,
      CountDownLatch stopped) {
    out.println("Stopping: finishing requests in flight …");
    try {
      server.close();
      service.close();
      out.println("Stopped; index closed.");
    } catch (IOException | RuntimeException e) {
      err.println(Main.ERROR + "while stopping: " + e.getMessage());
    } finally {
      stopped.countDown();
    }
  }
}
