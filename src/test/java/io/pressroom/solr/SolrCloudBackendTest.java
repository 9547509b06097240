package io.pressroom.solr;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.core.CorpusIngest;
import io.pressroom.model.Kind;
import io.pressroom.search.Glossary;
import io.pressroom.search.RelevanceContract;
import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import io.pressroom.search.SeedSearchContract;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pressroom on a real SolrCloud: embedded ZooKeeper and two Solr nodes in a child JVM ({@link
 * SolrTestCluster}), collections of 2 shards × 2 replicas created from the generated configset, the
 * shipped corpus ingested through Pressroom. The seed-search and relevance contracts of the
 * embedded index run unchanged against it, every judged query answers with the embedded index's
 * paragraphs in its order and with its scores (also after updates and re-ingests), and searches and
 * ingest go on with a node down.
 */
class SolrCloudBackendTest {
  private static final int SHARDS = 2;
  private static final int REPLICAS = 2;

  @TempDir
  static Path work;

  private static SolrTestCluster cluster;
  private static Archive seed;
  private static Archive corpus;
  private static Archive embeddedCorpus;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = SolrTestCluster.start(work.resolve("cluster"), 2);
    Path configset = work.resolve("configset");
    SolrConfigset.write(configset, null);
    cluster.uploadConfigset("pressroom", configset);
    for (String c : List.of("seed", "corpus", "outage", "updates")) {
      cluster.createCollection(c, "pressroom", SHARDS, REPLICAS);
    }
    // Routed by release, as docs/scale-out.md suggests for replacing a release at once on its shard.
    cluster.createCollection("writes", "pressroom", SHARDS, REPLICAS, io.pressroom.store.Fields.RELEASE);
    seed = Archive.open(SolrStore.connect(cluster.zkHost(), "seed"), Glossary.standard());
    seed.put(Corpus.seed().parsed());
    corpus = Archive.open(SolrStore.connect(cluster.zkHost(), "corpus"), Glossary.standard());
    Corpus.ingestInto(corpus);
    embeddedCorpus = Corpus.corpusArchive();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {seed, corpus, embeddedCorpus, cluster}) {
      if (c != null) {
        c.close();
      }
    }
  }

  /** The embedded index's seed-search tests, unchanged, on a 2 × 2 collection holding the seed. */
  @Nested
  class SeedSearch extends SeedSearchContract {
    @Override
    protected Archive index() {
      return seed;
    }
  }

  /** The embedded index's relevance test, unchanged, on a 2 × 2 collection holding the corpus. */
  @Nested
  class Relevance extends RelevanceContract {
    @Override
    protected Archive corpusIndex() {
      return corpus;
    }
  }

  @Test
  void sameParagraphsInTheSameOrderAsTheEmbeddedIndex() throws Exception {
    assertEquals(embeddedCorpus.paragraphCount(), corpus.paragraphCount());
    List<SearchRequest> requests = new ArrayList<>();
    for (RelevanceContract.Judgment j : RelevanceContract.load()) {
      requests.add(SearchRequest.builder().query(j.query()).size(20).build());
    }
    requests.add(SearchRequest.builder().query("合作").areas("finance", "culture-creative").size(20).build());
    requests.add(SearchRequest.builder().query("cooperation").lang("en").kinds(Kind.CLAUSE).size(20).build());
    requests.add(SearchRequest.builder().kinds(Kind.AGREEMENT).sort(SearchRequest.Sort.POSITION).size(50).build());
    requests.add(SearchRequest.builder().query("合作").sort(SearchRequest.Sort.DATE).size(30).build());
    for (SearchRequest r : requests) {
      SearchResult expected = embeddedCorpus.search(r);
      SearchResult actual = corpus.search(r);
      String what = r.query() + " " + r.areas() + r.kinds() + " " + r.sort();
      assertEquals(expected.total(), actual.total(), what);
      assertEquals(ids(expected), ids(actual), "same paragraphs in the same order: " + what
          + "\n embedded scores " + scores(expected) + "\n SolrCloud scores " + scores(actual));
      assertEquals(expected.facets(), actual.facets(), "same facets: " + what);
      for (int i = 0; i < expected.hits().size(); i++) {
        SearchResult.Hit e = expected.hits().get(i);
        SearchResult.Hit a = actual.hits().get(i);
        assertEquals(e.paragraph(), a.paragraph(), what);
        assertEquals(e.highlights(), a.highlights(), "same highlights: " + what);
        if (e.score() != null) {
          assertEquals(e.score(), a.score(), 1e-4 * Math.max(1, e.score()), "scores agree but for the last digits: " + what);
        }
      }
    }
  }

  /**
   * The promise of README's "Scale out" after updates: the shipped and fixture corpora (38 releases)
   * ingested ten files at a time, so that language versions are linked across ingests and linked
   * paragraphs are written again; then four releases posted again one by one (one shortened).
   * Each judged query of both corpora then gets the same paragraphs in the same order, with the same
   * scores, from the collection as from an embedded index written the same way, and no replica keeps
   * a replaced paragraph in its term statistics.
   */
  @Test
  void afterUpdatesAndReingestsScoresAndOrderStayThoseOfTheEmbeddedIndex() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Corpus.DIR, FIXTURES.resolve("corpus"))) {
      try (var listing = java.nio.file.Files.list(dir)) {
        listing.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).forEach(files::add);
      }
    }
    files.sort(java.util.Comparator.comparing(f -> f.getFileName().toString()));
    assertEquals(38, files.size(), files.toString());
    var parser = io.pressroom.ingest.ReleaseParser.standard();
    var zhejiang = parser.parseFile(FIXTURES.resolve("corpus/2025-04-24-isd-zhejiang-1st-zh.txt"));
    List<io.pressroom.model.ParsedRelease> again = List.of(Corpus.seed().parsed(), Corpus.english().parsed(),
        parser.parseFile(FIXTURES.resolve("corpus/2018-08-24-isd-shanghai-4th-en.txt")),
        new io.pressroom.model.ParsedRelease(zhejiang.release(), zhejiang.paragraphs().subList(0, zhejiang.paragraphs().size() - 3)));
    try (Archive solr = Archive.open(SolrStore.connect(cluster.zkHost(), "updates"), Glossary.standard());
        Archive embedded = Archive.open(io.pressroom.lucene.LuceneStore.inMemory(), Glossary.standard())) {
      for (Archive a : List.of(embedded, solr)) {
        for (int i = 0; i < files.size(); i += 10) {
          CorpusIngest.ingestPaths(a, files.subList(i, Math.min(files.size(), i + 10)), line -> {});
        }
        for (io.pressroom.model.ParsedRelease r : again) {
          a.put(r); // one at a time, as POST /api/releases does: each leaves deletions in a larger segment
        }
      }
      assertEquals(embedded.paragraphCount(), solr.paragraphCount());
      java.util.Set<String> queries = new java.util.LinkedHashSet<>();
      RelevanceContract.load().forEach(j -> queries.add(j.query()));
      for (String line : java.nio.file.Files.readAllLines(FIXTURES.resolve("judgments.tsv"))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          queries.add(line.substring(0, line.indexOf('\t')));
        }
      }
      List<SearchRequest> requests = new ArrayList<>();
      for (String q : queries) {
        requests.add(SearchRequest.builder().query(q).size(20).facets(false).highlight(false).build());
      }
      ScoreDrift drift = ScoreDrift.between(embedded, solr, requests);
      System.out.println("SolrCloud vs embedded after updates: " + drift);
      assertEquals(List.of(), drift.reordered(), drift.toString());
      assertTrue(drift.maxRelative() < 1e-5, drift.toString());
      assertEquals(Map.of(), replicasWithDeletedDocs("updates"), "no replica counts replaced paragraphs");
    }
  }

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /** The replicas of {@code collection} whose index still holds deleted documents, with their count. */
  private static Map<String, Long> replicasWithDeletedDocs(String collection) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    String status = cluster.nodeUrls().get(0) + "/admin/collections?action=CLUSTERSTATUS&collection=" + collection;
    var state = io.pressroom.json.PressroomJson.MAPPER.readTree(http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(status)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    Map<String, Long> deleted = new java.util.TreeMap<>();
    int replicas = 0;
    for (var shard : state.path("cluster").path("collections").path(collection).path("shards")) {
      for (var replica : shard.path("replicas")) {
        replicas++;
        String luke = replica.path("base_url").asText() + "/" + replica.path("core").asText() + "/admin/luke?numTerms=0&wt=json";
        var index = io.pressroom.json.PressroomJson.MAPPER.readTree(http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(luke)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()).body()).path("index");
        long n = index.path("deletedDocs").asLong(-1);
        if (n != 0) {
          deleted.put(replica.path("core").asText(), n);
        }
      }
    }
    assertEquals(SHARDS * REPLICAS, replicas, state.toString());
    return deleted;
  }

  @Test
  void theHttpApiAnswersWithTheSameJson() throws Exception {
    try (LiveServer overSolr = LiveServer.over(corpus, c -> c);
        LiveServer overLucene = LiveServer.over(embeddedCorpus, c -> c)) {
      for (String path : List.of(
          "/api/search?q=" + enc("綠色金融"),
          "/api/search?q=" + enc("green finance") + "&area=finance&area=" + enc("文化創意"),
          "/api/search?q=" + enc("合作") + "&kind=agreement&sort=date&size=5",
          "/api/areas", "/api/releases",
          "/api/releases/" + Corpus.ISD,
          "/api/paragraphs/" + Corpus.seed().paragraphContaining("綠色金融產品研發").replace("#", "%23"),
          "/api/search?q=" + enc("area:nowhere"))) {
        var a = overLucene.get(path);
        var b = overSolr.get(path);
        assertEquals(a.statusCode(), b.statusCode(), path);
        assertEquals(withoutTimings(a.body()), withoutTimings(b.body()), "same JSON for " + path);
      }
      // Health speaks of the collection, not of an index.
      var health = io.pressroom.json.PressroomJson.MAPPER.readTree(overSolr.get("/health").body());
      assertEquals("ok", health.path("status").asText(), health.toString());
      assertEquals("open", health.path("collection").asText(), health.toString());
      assertFalse(health.has("index"), health.toString());
      assertEquals(corpus.paragraphCount(), health.path("paragraphs").asLong());
    }
  }

  /** The shards that hold paragraphs of {@code release} in {@code collection} (Solr's [shard] field). */
  private static java.util.Set<String> shardsHolding(String collection, String release) throws Exception {
    String url = cluster.nodeUrls().get(0) + "/" + collection + "/select?rows=1000&fl=" + enc("id,[shard]")
        + "&q=" + enc("release:\"" + release + "\"");
    String body = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    java.util.Set<String> shards = new java.util.TreeSet<>();
    io.pressroom.json.PressroomJson.MAPPER.readTree(body).path("response").path("docs")
        .forEach(d -> shards.add(d.get("[shard]").asText()));
    assertFalse(shards.isEmpty(), body);
    return shards;
  }

  private static String enc(String s) {
    return LiveServer.enc(s);
  }

  /**
   * The JSON with its took_ms out of the way, scores rounded to 4 places, and the cursor (opaque,
   * each backend's own) reduced to whether there is one.
   */
  private static com.fasterxml.jackson.databind.JsonNode withoutTimings(String body) throws Exception {
    com.fasterxml.jackson.databind.JsonNode n = io.pressroom.json.PressroomJson.MAPPER.readTree(body);
    if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.remove("took_ms");
      if (o.has("next_cursor")) {
        o.put("next_cursor", !o.get("next_cursor").isNull());
      }
      if (o.get("hits") != null) {
        for (com.fasterxml.jackson.databind.JsonNode h : o.get("hits")) {
          if (h.get("score") != null && h.get("score").isNumber()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) h).put("score",
                Math.round(h.get("score").asDouble() * 1e4) / 1e4);
          }
        }
      }
    }
    return n;
  }

  @Test
  void theCommandLineWritesTheConfigsetAndIngestsIntoSolrCloud() throws Exception {
    Path out = work.resolve("cli-configset");
    assertEquals(0, io.pressroom.cli.Main.run("solr-configset", "--out", out.toString()));
    assertEquals(SolrConfigset.schema(), java.nio.file.Files.readString(out.resolve("schema.xml")));
    assertTrue(java.nio.file.Files.readString(out.resolve("solrconfig.xml")).contains("io.pressroom.solr.PressroomQParserPlugin"));
    assertTrue(java.nio.file.Files.exists(out.resolve("punctuation-types.txt")));
    cluster.uploadConfigset("from-cli", out);
    cluster.createCollection("cli", "from-cli", 1, 2);
    assertEquals(0, io.pressroom.cli.Main.run(
        "ingest", "-q", "--backend", "solrcloud", "--zk", cluster.zkHost(), "--collection", "cli", Corpus.DIR.toString()));
    assertEquals(0, io.pressroom.cli.Main.run(
        "search", "綠色金融", "--json", "--backend", "solrcloud", "--zk", cluster.zkHost(), "--collection", "cli"));
    try (Archive cli = Archive.open(SolrStore.connect(cluster.zkHost(), "cli"), Glossary.standard())) {
      assertEquals(corpus.paragraphCount(), cli.paragraphCount());
      assertEquals(ids(corpus.search(SearchRequest.of("綠色金融"))), ids(cli.search(SearchRequest.of("綠色金融"))));
    }
    assertNotEquals(0, io.pressroom.cli.Main.run(
        "ingest", "-q", "--backend", "solrcloud", "--zk", cluster.zkHost(), "--collection", "missing", Corpus.DIR.toString()),
        "a collection that does not exist is an error");
  }

  /**
   * A ZooKeeper address without the chroot the cluster lives under ({@code HOST:PORT} for {@code
   * HOST:PORT/solr}) fails within seconds, says the chroot may be missing, and prints one line, not
   * the client's retries; a wrong chroot is named, with where SolrCloud's state is.
   */
  @Test
  void aZooKeeperAddressWithoutItsChrootFailsFastAndSaysSo() throws Exception {
    String zk = cluster.zkHost();
    String withoutChroot = zk.substring(0, zk.indexOf('/'));
    long start = System.nanoTime();
    List<Object> run = searchPrinting(withoutChroot);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String printed = (String) run.get(1);
    System.out.println("--zk without its chroot: exit " + run.get(0) + " after " + millis + " ms, "
        + printed.lines().count() + " line(s) on stderr: " + printed.strip());
    assertNotEquals(0, run.get(0));
    assertTrue(printed.contains("no collection state found at " + withoutChroot + " — the ZooKeeper address may be"
        + " missing its chroot, e.g. " + zk), printed);
    // stderr is shared with the test's own SolrJ clients, whose log lines ([thread] LEVEL …) may land in it under load
    assertTrue(printed.lines().filter(l -> !l.matches("\\[[^\\]]+\\] (TRACE|DEBUG|INFO|WARN|ERROR) .*")).count() <= 3, printed);
    assertTrue(millis < 20_000, millis + " ms (a retrying client would take minutes)");

    String wrong = (String) searchPrinting(withoutChroot + "/nosuch").get(1);
    assertTrue(wrong.contains("the chroot '/nosuch' may be wrong; SolrCloud's state is at " + zk), wrong);
  }

  /** {@code pressroom search} over collection "corpus" at ZooKeeper {@code zk}: its exit status and what it printed on stderr. */
  private static List<Object> searchPrinting(String zk) {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.err;
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      int status = io.pressroom.cli.Main.run("search", "綠色金融", "--backend", "solrcloud", "--zk", zk, "--collection", "corpus");
      return List.of(status, err.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void replacingAndDeletingReleasesLeavesNothingBehind() throws Exception {
    try (Archive writes = Archive.open(SolrStore.connect(cluster.zkHost(), "writes"), Glossary.standard())) {
      var seedRelease = Corpus.seed().parsed();
      writes.put(seedRelease);
      writes.put(seedRelease);
      assertEquals(64, writes.paragraphCount(), "re-ingest leaves no duplicates");
      writes.put(new io.pressroom.model.ParsedRelease(seedRelease.release(), seedRelease.paragraphs().subList(0, 10)));
      assertEquals(10, writes.paragraphCount(), "paragraphs the new version lost are gone");
      assertEquals(0, writes.search(SearchRequest.of("绿色金融")).total());

      Corpus.ingestInto(writes);
      assertEquals(corpus.paragraphCount(), writes.paragraphCount());
      for (String release : List.of(Corpus.HKCD, Corpus.ISD)) {
        assertEquals(1, shardsHolding("writes", release).size(), "all of " + release + " on one shard");
      }
      assertEquals(2, shardsHolding("corpus", Corpus.HKCD).size(), "routed by id, a release is spread");
      String english = Corpus.ISD;
      String chinese = Corpus.HKCD;
      assertTrue(writes.paragraph(Corpus.seed().paragraphContaining("綠色金融產品研發")).orElseThrow().counterpart() != null,
          "linked on ingest");
      assertTrue(writes.delete(english));
      assertFalse(writes.delete(english));
      assertTrue(writes.release(english).isEmpty());
      assertEquals(64, writes.paragraphCount());
      assertTrue(writes.release(chinese).orElseThrow().paragraphs().stream().allMatch(p -> p.counterpart() == null),
          "links into the deleted release are removed");

      // Values are terms, never query syntax.
      for (String v : List.of("AND", "OR", "NOT", "a:b", "x\"y", "(", "*")) {
        assertTrue(writes.paragraph(v).isEmpty(), v);
        assertTrue(writes.release(v).isEmpty(), v);
        assertFalse(writes.delete(v), v);
        assertEquals(0, writes.search(SearchRequest.builder().releases(List.of(v)).build()).total(), v);
      }
    }
  }

  @Test
  void searchesAnswerWithANodeDownAndIngestIntoTheLiveReplicasLosesNothing() throws Exception {
    Map<String, List<String>> before = new LinkedHashMap<>();
    for (String q : List.of("绿色金融", "李家超", "green finance", "Belt and Road")) {
      before.put(q, ids(corpus.search(SearchRequest.builder().query(q).size(20).build())));
    }
    try (Archive outage = Archive.open(SolrStore.connect(cluster.zkHost(), "outage"), Glossary.standard())) {
      cluster.stopNode(1);
      try {
        assertEquals(1, cluster.liveNodeUrls().size());
        for (Map.Entry<String, List<String>> e : before.entrySet()) {
          assertEquals(e.getValue(), ids(corpus.search(SearchRequest.builder().query(e.getKey()).size(20).build())),
              "with a node down: " + e.getKey());
        }
        // Ingest while half the replicas are gone: every release is written to the live one.
        CorpusIngest.Summary s = Corpus.ingestInto(outage);
        assertEquals(corpus.paragraphCount(), s.paragraphs());
        assertEquals(corpus.paragraphCount(), outage.paragraphCount());
      } finally {
        cluster.startNode(1);
        cluster.waitForActive("outage", SHARDS, REPLICAS);
        cluster.waitForActive("corpus", SHARDS, REPLICAS);
        cluster.waitForActive("seed", SHARDS, REPLICAS);
      }
      // The restarted node caught up: with the other node down it alone serves every paragraph.
      cluster.stopNode(0);
      try {
        assertEquals(corpus.paragraphCount(), outage.paragraphCount(), "the returning node recovered what it missed");
        assertEquals(before.get("绿色金融"), ids(outage.search(SearchRequest.builder().query("绿色金融").size(20).build())));
        // With no node left the service says it cannot answer, and the HTTP API answers 503.
        cluster.stopNode(1);
        try (LiveServer server = LiveServer.over(outage, c -> c)) {
          assertThrows(io.pressroom.search.BackendUnavailableException.class, () -> outage.search(SearchRequest.of("绿色金融")));
          for (String path : List.of("/api/search?q=" + enc("绿色金融"), "/api/areas", "/api/search?area=" + enc("新範疇"))) {
            var response = server.get(path);
            assertEquals(503, response.statusCode(), path + ": " + response.body());
            assertEquals("5", response.headers().firstValue("Retry-After").orElse(null), path);
            assertTrue(response.body().contains("backend_unavailable"), response.body());
          }
          var health = server.get("/health");
          assertEquals(503, health.statusCode(), health.body());
          assertEquals("unreadable", io.pressroom.json.PressroomJson.MAPPER.readTree(health.body()).path("collection").asText(), health.body());
        } finally {
          cluster.startNode(1);
        }
      } finally {
        cluster.startNode(0);
        for (String c : List.of("outage", "corpus", "seed")) {
          cluster.waitForActive(c, SHARDS, REPLICAS);
        }
      }
    }
  }

  private static List<Float> scores(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::score).toList();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.paragraph().id()).toList();
  }
}
