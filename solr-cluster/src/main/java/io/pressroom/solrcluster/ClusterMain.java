package io.pressroom.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A test SolrCloud (embedded ZooKeeper + N Jetty Solr nodes on loopback) in its own JVM, driven
 * line by line over stdin/stdout by the Pressroom test harness ({@code SolrTestCluster}).
 *
 * <pre>
 * java -cp CLASSPATH io.pressroom.solrcluster.ClusterMain --base DIR --nodes N
 * </pre>
 *
 * <p>Once the cluster is up it prints one line {@code READY zk=HOST:PORT/solr nodes=URL,URL}, then
 * answers each command line with one line, {@code OK ...} or {@code ERR message}:
 *
 * <pre>
 * upconfig NAME DIR                        OK
 * create COLLECTION CONFIG SHARDS REPLICAS [ROUTER_FIELD]  OK   (returns once every replica is active)
 * wait COLLECTION SHARDS REPLICAS          OK         (SHARDS x REPLICAS active replicas, 60 s)
 * stop I                                   OK         (node I, 0-based, stopped and gone from live nodes)
 * start I                                  OK URL     (node I back, on the same port, and live)
 * nodes                                    OK URL,URL (live nodes, by node number)
 * quit                                     OK         (then the JVM exits 0)
 * </pre>
 *
 * End of stdin (the parent died) shuts the cluster down and exits too. Only protocol lines go to
 * stdout; everything else that writes to System.out is redirected to stderr.
 */
public final class ClusterMain {

  private static final long WAIT_SECONDS = 60;
  private static final long CREATE_WAIT_SECONDS = 90;

  private final PrintStream protocol;
  private final MiniSolrCloudCluster cluster;
  /** Node number -> runner. Fixed: the cluster's own list is reordered by stop/start. */
  private final List<JettySolrRunner> nodes;

  private ClusterMain(PrintStream protocol, MiniSolrCloudCluster cluster) {
    this.protocol = protocol;
    this.cluster = cluster;
    this.nodes = new ArrayList<>(cluster.getJettySolrRunners());
    // Jettys start in parallel; number them by port so the order does not depend on who won.
    nodes.sort((a, b) -> Integer.compare(a.getLocalPort(), b.getLocalPort()));
  }

  public static void main(String[] args) {
    // The protocol owns the real stdout; anything else printing to System.out lands on stderr.
    PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);

    Path base = null;
    int n = 1;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--base" -> base = Path.of(args[++i]);
          case "--nodes" -> n = Integer.parseInt(args[++i]);
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (base == null) throw new IllegalArgumentException("--base DIR is required");
      if (n < 1) throw new IllegalArgumentException("--nodes must be at least 1");
    } catch (RuntimeException e) {
      protocol.println("ERR usage: ClusterMain --base DIR --nodes N: " + oneLine(e));
      System.exit(2);
      return;
    }

    MiniSolrCloudCluster cluster;
    try {
      Files.createDirectories(base);
      // Solr logs an ERROR at each node start without it; log4j2.xml sends logs to stderr anyway.
      if (System.getProperty("solr.log.dir") == null) {
        System.setProperty("solr.log.dir", base.toAbsolutePath().toString());
      }
      cluster =
          new MiniSolrCloudCluster(n, base, JettyConfig.builder().setContext("/solr").build());
    } catch (Throwable e) {
      e.printStackTrace();
      protocol.println("ERR cluster did not start: " + oneLine(e));
      System.exit(1);
      return;
    }
    int exit = new ClusterMain(protocol, cluster).run();
    System.exit(exit);
  }

  private int run() {
    protocol.println("READY zk=" + cluster.getZkServer().getZkAddress() + " nodes=" + allUrls());
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (true) {
      String line;
      try {
        line = in.readLine();
      } catch (Exception e) {
        line = null;
      }
      if (line == null) { // parent gone: do not outlive it
        System.err.println("ClusterMain: stdin closed, shutting down");
        shutdown();
        return 0;
      }
      line = line.strip();
      if (line.isEmpty()) continue;
      if (line.equals("quit")) {
        shutdown();
        protocol.println("OK");
        return 0;
      }
      String answer;
      try {
        // upconfig's DIR is the rest of the line, so it may hold spaces.
        answer = execute(line.split("\\s+", line.startsWith("upconfig ") ? 3 : 0));
      } catch (Throwable e) {
        System.err.println("ClusterMain: command failed: " + line);
        e.printStackTrace();
        answer = "ERR " + oneLine(e);
      }
      protocol.println(answer);
    }
  }

  private String execute(String[] cmd) throws Exception {
    switch (cmd[0]) {
      case "upconfig" -> {
        args(cmd, 2, "upconfig NAME DIR");
        Path dir = Path.of(cmd[2]);
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a directory: " + dir);
        cluster.uploadConfigSet(dir, cmd[1]);
        return "OK";
      }
      case "create" -> {
        if (cmd.length != 6) {
          args(cmd, 4, "create COLLECTION CONFIG SHARDS REPLICAS [ROUTER_FIELD]");
        }
        int shards = Integer.parseInt(cmd[3]);
        int replicas = Integer.parseInt(cmd[4]);
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(cmd[1], cmd[2], shards, replicas);
        if (cmd.length == 6) {
          create.setRouterField(cmd[5]);
        }
        CollectionAdminResponse rsp = create.process(cluster.getSolrClient());
        if (!rsp.isSuccess()) throw new IllegalStateException("create failed: " + rsp);
        cluster.waitForActiveCollection(
            cmd[1], CREATE_WAIT_SECONDS, TimeUnit.SECONDS, shards, shards * replicas);
        return "OK";
      }
      case "wait" -> {
        args(cmd, 3, "wait COLLECTION SHARDS REPLICAS");
        int shards = Integer.parseInt(cmd[2]);
        int replicas = Integer.parseInt(cmd[3]);
        cluster.waitForActiveCollection(
            cmd[1], WAIT_SECONDS, TimeUnit.SECONDS, shards, shards * replicas);
        return "OK";
      }
      case "stop" -> {
        args(cmd, 1, "stop I");
        JettySolrRunner jetty = node(cmd[1]);
        String name = nodeName(jetty);
        if (jetty.isRunning()) cluster.stopJettySolrRunner(jetty);
        // Not cluster.waitForJettyToStop: it asks the stopped node for its name, gets null and
        // returns at once. Wait for the node's ephemeral live-node entry to go instead.
        cluster
            .getZkStateReader()
            .waitForLiveNodes(WAIT_SECONDS, TimeUnit.SECONDS, (o, live) -> !live.contains(name));
        return "OK";
      }
      case "start" -> {
        args(cmd, 1, "start I");
        JettySolrRunner jetty = node(cmd[1]);
        int port = jetty.getLocalPort();
        if (!jetty.isRunning()) {
          // reusePort=true: the same port as before, so base URLs stay valid.
          cluster.startJettySolrRunner(jetty, true);
        }
        cluster.waitForNode(jetty, (int) WAIT_SECONDS);
        if (jetty.getLocalPort() != port) {
          throw new IllegalStateException(
              "node " + cmd[1] + " came back on port " + jetty.getLocalPort() + ", not " + port);
        }
        return "OK " + jetty.getBaseUrl();
      }
      case "nodes" -> {
        args(cmd, 0, "nodes");
        Set<String> live = cluster.getZkStateReader().getClusterState().getLiveNodes();
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner jetty : nodes) {
          if (jetty.isRunning() && live.contains(nodeName(jetty))) {
            urls.add(jetty.getBaseUrl().toString());
          }
        }
        return "OK " + String.join(",", urls);
      }
      default -> throw new IllegalArgumentException(
          "unknown command " + cmd[0] + " (upconfig, create, wait, stop, start, nodes, quit)");
    }
  }

  /** The live-node name of a node: 127.0.0.1:PORT_solr. Known even while the node is stopped. */
  private static String nodeName(JettySolrRunner jetty) {
    return jetty.getBaseUrl().getHost() + ":" + jetty.getLocalPort() + "_solr";
  }

  private JettySolrRunner node(String index) {
    int i = Integer.parseInt(index);
    if (i < 0 || i >= nodes.size()) {
      throw new IllegalArgumentException("no node " + i + " (nodes 0.." + (nodes.size() - 1) + ")");
    }
    return nodes.get(i);
  }

  private String allUrls() {
    return nodes.stream().map(j -> j.getBaseUrl().toString()).collect(Collectors.joining(","));
  }

  private void shutdown() {
    // A hung shutdown must not leave the JVM (and its ports) behind.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(25_000);
                System.err.println("ClusterMain: shutdown took over 25 s, halting");
                Runtime.getRuntime().halt(3);
              } catch (InterruptedException ignored) {
                // shut down in time
              }
            },
            "shutdown-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      cluster.shutdown();
    } catch (Throwable e) {
      System.err.println("ClusterMain: shutdown failed");
      e.printStackTrace();
    }
  }

  private static void args(String[] cmd, int count, String usage) {
    if (cmd.length != count + 1) throw new IllegalArgumentException("usage: " + usage);
  }

  private static String oneLine(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (sb.length() > 0) sb.append(" <- ");
      sb.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) sb.append(": ").append(t.getMessage());
      if (t.getCause() == t) break;
    }
    return sb.toString().replaceAll("\\s+", " ");
  }
}
