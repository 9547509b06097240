package io.pressroom.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.ingest.DirectoryIngest;
import io.pressroom.json.PressroomJson;
import io.pressroom.testing.Corpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server holds {@code index/}: {@code ingest} into it fails at once naming the server and
 * {@code --server}; {@code ingest --server URL} posts every release to it under the id a local
 * ingest gives, reports the files the server refuses and goes on; {@code search} reads meanwhile.
 * Server and commands run as separate processes, as a user runs them.
 */
class IngestThroughServerTest {
  private static final String TOKEN = "ingest-through-server-3c9e";
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/corpus");
  private static final Pattern SERVING = Pattern.compile("serving at (http://\\S+?)/?$");

  @TempDir Path tmp;
  private Process server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.destroy();
      assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    }
  }

  private static ProcessBuilder pressroom(Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.pressroom.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
    b.environment().remove("PRESSROOM_ADMIN_TOKEN");
    b.environment().putAll(env);
    return b;
  }

  private record Ran(int exit, String output) {}

  private static Ran run(Map<String, String> env, String... args) throws Exception {
    Process p = pressroom(env, args).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    return new Ran(p.exitValue(), out);
  }

  /** Starts {@code serve} on a free port over {@code index}; returns its address once it serves. */
  private String serve(Path index) throws Exception {
    server = pressroom(Map.of("PRESSROOM_ADMIN_TOKEN", TOKEN), "serve", "--port", "0", "--index", index.toString(),
        "--corpus", tmp.resolve("no-corpus").toString()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = SERVING.matcher(line.strip());
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    fail("the server did not start");
    return null;
  }

  private static Set<String> releaseIds(String base) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "/api/releases?size=1000")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonNode body = PressroomJson.MAPPER.readTree(r.body());
    Set<String> ids = new TreeSet<>();
    body.path("releases").forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  @Test
  void aHeldIndexIsWrittenThroughItsServer() throws Exception {
    Path index = tmp.resolve("index");
    Path folder = tmp.resolve("incoming");
    Files.createDirectories(folder.resolve("2024"));
    Files.copy(Corpus.HKCD_FILE, folder.resolve("2024").resolve("index.txt"));
    Files.copy(Corpus.ISD_FILE, folder.resolve("isd.txt"));
    Files.write(folder.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 1, 2});
    String base = serve(index);

    Ran local = run(Map.of(), "ingest", folder.toString(), "--index", index.toString());
    assertEquals(1, local.exit());
    assertTrue(local.output().contains(base) && local.output().contains("--server"),
        "names the server and the option: " + local.output());

    Ran noToken = run(Map.of(), "ingest", folder.toString(), "--server", base);
    assertEquals(1, noToken.exit());
    assertTrue(noToken.output().contains("PRESSROOM_ADMIN_TOKEN"), noToken.output());

    Ran posted = run(Map.of("PRESSROOM_ADMIN_TOKEN", TOKEN), "ingest", folder.toString(), FIXTURES.toString(),
        "--server", base, "--progress", "files");
    assertEquals(1, posted.exit(), "one file was refused: " + posted.output());
    assertTrue(posted.output().contains("broken.txt"), posted.output());
    // The ids a local ingest of the same folders gives, path parts joined by '~'.
    Set<String> expected = new TreeSet<>();
    DirectoryIngest.readAll(List.of(folder, FIXTURES)).stream().filter(DirectoryIngest.FileResult::ok)
        .forEach(r -> expected.add(r.release().release().id()));
    assertTrue(expected.contains("2024~index"), expected.toString());
    assertEquals(expected, releaseIds(base));
    assertTrue(posted.output().contains("posted " + expected.size() + " of " + (expected.size() + 1) + " files"), posted.output());

    Ran search = run(Map.of(), "search", "绿色金融", "--index", index.toString());
    assertEquals(0, search.exit(), search.output());
    assertTrue(search.output().contains("綠色金融"), search.output());
  }
}
