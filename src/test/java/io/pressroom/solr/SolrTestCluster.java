package io.pressroom.solr;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud for integration tests: embedded ZooKeeper + N Solr nodes on loopback, run by
 * Solr's {@code MiniSolrCloudCluster} in a child JVM ({@code solr-cluster/}, class {@code
 * io.pressroom.solrcluster.ClusterMain}). A child JVM because Solr 9 runs on Jetty 10 and Pressroom
 * (Javalin 7) on Jetty 12, under the same Maven coordinates.
 *
 * <p>The child's classpath is {@code target/solr-cluster.classpath}, written by {@code mvn verify}
 * (a nested Maven build of {@code solr-cluster/}, before the tests), plus this project's {@code
 * target/classes}, so Pressroom's own analysis factories can be named in a configset.
 *
 * <p>The child's log (Solr at WARN and above) goes to {@code workDir/cluster.log}; its Solr homes
 * and ZooKeeper data to {@code workDir/cluster}. If the test JVM dies, the child sees the end of its
 * stdin and shuts down by itself.
 */
public final class SolrTestCluster implements AutoCloseable {

  private static final String MAIN = "io.pressroom.solrcluster.ClusterMain";
  private static final String HEAP = "-Xmx256m";
  private static final long START_TIMEOUT_S = 120;
  private static final long COMMAND_TIMEOUT_S = 120;
  private static final long CLOSE_TIMEOUT_S = 30;
  private static final int LOG_TAIL_LINES = 40;

  private final Process process;
  private final Writer commands;
  private final LinkedBlockingQueue<String> answers;
  private final Path log;
  private final String zkHost;
  private final List<String> nodeUrls;
  private boolean closed;
  /** Set when a command timed out: its late answer would be taken for the next command's. */
  private String outOfStep;

  private SolrTestCluster(
      Process process,
      Writer commands,
      LinkedBlockingQueue<String> answers,
      Path log,
      String zkHost,
      List<String> nodeUrls) {
    this.process = process;
    this.commands = commands;
    this.answers = answers;
    this.log = log;
    this.zkHost = zkHost;
    this.nodeUrls = nodeUrls;
  }

  /**
   * Starts a cluster of {@code nodes} Solr nodes in a child JVM, its files under {@code workDir},
   * and returns once every node is live.
   */
  public static SolrTestCluster start(Path workDir, int nodes) throws IOException {
    if (nodes < 1) throw new IllegalArgumentException("nodes must be at least 1: " + nodes);
    Path target = targetDir();
    Path cpFile = target.resolve("solr-cluster.classpath");
    if (!Files.isRegularFile(cpFile)) {
      throw new IOException(
          cpFile
              + " is missing: it is written by the build before the tests (a nested Maven build of"
              + " solr-cluster/). Run `mvn -B verify` (or `mvn -B process-test-classes`) first,"
              + " without -DskipTests.");
    }
    String clusterClasspath = Files.readString(cpFile, StandardCharsets.UTF_8).strip();
    String classpath =
        clusterClasspath + File.pathSeparator + target.resolve("classes").toAbsolutePath();

    Files.createDirectories(workDir);
    Path base = freshDir(workDir.toAbsolutePath(), "cluster");
    Path log = workDir.toAbsolutePath().resolve("cluster.log");
    Files.writeString(
        log,
        "=== SolrTestCluster " + nodes + " node(s) in " + base + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            HEAP,
            "-XX:+UseSerialGC",
            "-Dfile.encoding=UTF-8",
            "-cp",
            classpath,
            MAIN,
            "--base",
            base.toString(),
            "--nodes",
            Integer.toString(nodes));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long t0 = System.nanoTime();
    Process process = pb.start();

    LinkedBlockingQueue<String> answers = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> pump(process, answers, log), "solr-cluster-stdout");
    reader.setDaemon(true);
    reader.start();
    Writer commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);

    String ready;
    try {
      ready = awaitAnswer(process, answers, START_TIMEOUT_S);
    } catch (IOException e) {
      process.destroyForcibly();
      throw new IOException("Solr cluster did not start: " + e.getMessage() + tail(log), e);
    }
    if (ready == null || !ready.startsWith("READY ")) {
      process.destroyForcibly();
      throw new IOException("Solr cluster did not start: " + ready + tail(log));
    }
    String zk = null;
    List<String> urls = null;
    for (String part : ready.substring("READY ".length()).trim().split("\\s+")) {
      if (part.startsWith("zk=")) zk = part.substring(3);
      if (part.startsWith("nodes=")) urls = List.of(part.substring(6).split(","));
    }
    if (zk == null || urls == null || urls.size() != nodes) {
      process.destroyForcibly();
      throw new IOException("Solr cluster sent a bad READY line: " + ready + tail(log));
    }
    appendLog(
        log,
        String.format(
            "=== READY after %d ms: %s", (System.nanoTime() - t0) / 1_000_000, ready));
    return new SolrTestCluster(process, commands, answers, log, zk, urls);
  }

  /** The ZooKeeper connect string with the chroot, e.g. {@code 127.0.0.1:41234/solr}. */
  public String zkHost() {
    return zkHost;
  }

  /** The nodes' base URLs ({@code http://127.0.0.1:PORT/solr}); index = node number. */
  public List<String> nodeUrls() {
    return nodeUrls;
  }

  /** Uploads the configset directory {@code dir} to ZooKeeper as {@code name}. */
  public void uploadConfigset(String name, Path dir) throws IOException {
    checkWord("configset name", name);
    command("upconfig " + name + " " + dir.toAbsolutePath());
  }

  /** Creates a collection and returns once all its {@code shards × replicas} replicas are active. */
  public void createCollection(String name, String configset, int shards, int replicas)
      throws IOException {
    createCollection(name, configset, shards, replicas, null);
  }

  /** As above, with documents routed to shards by the hash of {@code routerField} (null: by id). */
  public void createCollection(String name, String configset, int shards, int replicas, String routerField)
      throws IOException {
    checkWord("collection name", name);
    checkWord("configset name", configset);
    if (routerField != null) {
      checkWord("router field", routerField);
    }
    command("create " + name + " " + configset + " " + shards + " " + replicas
        + (routerField == null ? "" : " " + routerField));
  }

  /** Waits (up to 60 s) until the collection has {@code shards × replicas} active replicas. */
  public void waitForActive(String name, int shards, int replicas) throws IOException {
    checkWord("collection name", name);
    command("wait " + name + " " + shards + " " + replicas);
  }

  /** Stops node {@code i}; returns once it is gone from ZooKeeper's live nodes. */
  public void stopNode(int i) throws IOException {
    command("stop " + i);
  }

  /** Restarts node {@code i} on its old port; returns once it is live again. */
  public void startNode(int i) throws IOException {
    String answer = command("start " + i);
    if (!answer.equals(nodeUrls.get(i))) {
      throw new IOException("node " + i + " came back as " + answer + ", not " + nodeUrls.get(i));
    }
  }

  /** The base URLs of the nodes ZooKeeper lists as live, in node order. */
  public List<String> liveNodeUrls() throws IOException {
    String answer = command("nodes");
    return answer.isEmpty() ? List.of() : List.of(answer.split(","));
  }

  /** Sends {@code quit}, waits up to 30 s for the child to exit, then kills it. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      if (process.isAlive()) {
        try {
          commands.write("quit\n");
          commands.flush();
          commands.close();
        } catch (IOException e) {
          // child already gone or going
        }
        if (!process.waitFor(CLOSE_TIMEOUT_S, TimeUnit.SECONDS)) {
          appendLog(log, "=== child did not exit within " + CLOSE_TIMEOUT_S + " s; killing it");
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Sends one command line and returns the text after {@code OK} ("" for a bare OK). */
  private synchronized String command(String line) throws IOException {
    if (closed) throw new IOException("cluster is closed");
    if (!process.isAlive()) {
      throw new IOException(
          "Solr cluster JVM has exited (" + process.exitValue() + ")" + tail(log));
    }
    if (outOfStep != null) {
      throw new IOException("no more commands after '" + outOfStep + "' timed out" + tail(log));
    }
    answers.clear();
    commands.write(line + "\n");
    commands.flush();
    String answer;
    try {
      answer = awaitAnswer(process, answers, COMMAND_TIMEOUT_S);
    } catch (IOException e) {
      outOfStep = line;
      throw new IOException("'" + line + "': " + e.getMessage() + tail(log), e);
    }
    if (answer.equals("OK")) return "";
    if (answer.startsWith("OK ")) return answer.substring(3).trim();
    throw new IOException("'" + line + "' failed: " + answer + tail(log));
  }

  private static String awaitAnswer(
      Process process, LinkedBlockingQueue<String> answers, long timeoutSeconds)
      throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try {
      while (true) {
        String answer = answers.poll(200, TimeUnit.MILLISECONDS);
        if (answer != null) return answer;
        if (!process.isAlive()) {
          // The reader may still be handing over the last line.
          answer = answers.poll(500, TimeUnit.MILLISECONDS);
          if (answer != null) return answer;
          throw new IOException("Solr cluster JVM exited (" + process.exitValue() + ")");
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("no answer within " + timeoutSeconds + " s");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Child stdout: protocol lines to the queue, anything else to the log. */
  private static void pump(Process process, LinkedBlockingQueue<String> answers, Path log) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.equals("OK")
            || line.startsWith("OK ")
            || line.startsWith("ERR ")
            || line.startsWith("READY ")) {
          answers.add(line);
        } else {
          appendLog(log, "[stdout] " + line);
        }
      }
    } catch (IOException e) {
      appendLog(log, "=== reading the child's stdout failed: " + e);
    }
  }

  private static synchronized void appendLog(Path log, String line) {
    try {
      Files.writeString(
          log,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the log is best effort
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
      return System.lineSeparator()
          + "--- last "
          + last.size()
          + " lines of "
          + log
          + " ---"
          + System.lineSeparator()
          + String.join(System.lineSeparator(), last);
    } catch (IOException e) {
      return " (no log at " + log + ": " + e + ")";
    }
  }

  /**
   * This project's {@code target/}: the parent of the directory the test classes were loaded from
   * ({@code target/test-classes}), else {@code ./target} (surefire runs in the project directory).
   */
  private static Path targetDir() {
    try {
      var source = SolrTestCluster.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path classes = Path.of(source.getLocation().toURI());
        if (Files.isDirectory(classes)
            && classes.getParent() != null
            && Files.isDirectory(classes.getParent().resolve("classes"))) {
          return classes.getParent();
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      // fall through
    }
    return Path.of("target").toAbsolutePath();
  }

  /** {@code parent/name}, or {@code parent/name-1}, ... : the first that does not exist yet. */
  private static Path freshDir(Path parent, String name) throws IOException {
    Path dir = parent.resolve(name);
    for (int i = 1; Files.exists(dir); i++) dir = parent.resolve(name + "-" + i);
    return Files.createDirectories(dir);
  }

  private static void checkWord(String what, String value) {
    if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(what + " must be one word: '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return "SolrTestCluster[zk=" + zkHost + ", nodes=" + nodeUrls + "]";
  }
}
