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
 * paragraphs in its order, and searches and ingest go on with a node down.
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
    for (String c : List.of("seed", "corpus", "outage")) {
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
