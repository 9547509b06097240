package io.pressroom.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the SolrCloud test harness: a real 2-node cluster in a child JVM, a 2 shards × 2
 * replicas collection that keeps answering, with every document, while one node is down.
 */
class SolrTestClusterTest {

  private static final String COLLECTION = "smoke";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir Path tmp;

  @Test
  void twoByTwoCollectionAnswersWithANodeDownAndAfterItsRestart() throws Exception {
    Path configset = writeConfigset(tmp.resolve("configset"));
    try (SolrTestCluster cluster = SolrTestCluster.start(tmp.resolve("work"), 2)) {
      assertEquals(2, cluster.nodeUrls().size());
      assertEquals(cluster.nodeUrls(), cluster.liveNodeUrls());

      cluster.uploadConfigset("smoke-conf", configset);
      cluster.createCollection(COLLECTION, "smoke-conf", 2, 2);

      String node0 = cluster.nodeUrls().get(0);
      String node1 = cluster.nodeUrls().get(1);
      post(
          node1 + "/" + COLLECTION + "/update?commit=true",
          "[{\"id\":\"1\",\"text\":\"Press release about solar panels\"},"
              + "{\"id\":\"2\",\"text\":\"Quarterly results press conference\"},"
              + "{\"id\":\"3\",\"text\":\"New factory opens in Suzhou\"}]");

      for (String node : cluster.nodeUrls()) {
        assertEquals(3, numFound(node, "*:*"), node);
        assertEquals(2, numFound(node, "text:press"), node);
      }

      cluster.stopNode(1);
      assertEquals(List.of(node0), cluster.liveNodeUrls());
      // No shards.tolerant: node 0 holds a replica of each shard, so the answer is complete.
      assertEquals(3, numFound(node0, "*:*"));
      assertEquals(2, numFound(node0, "text:press"));

      cluster.startNode(1);
      cluster.waitForActive(COLLECTION, 2, 2);
      assertEquals(cluster.nodeUrls(), cluster.liveNodeUrls());
      for (String node : cluster.nodeUrls()) {
        assertEquals(3, numFound(node, "*:*"), node);
        assertEquals(1, numFound(node, "text:suzhou"), node);
      }
    }
  }

  private long numFound(String node, String q) throws IOException, InterruptedException {
    String url =
        node
            + "/"
            + COLLECTION
            + "/select?rows=0&wt=json&q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8);
    HttpResponse<String> rsp =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), () -> url + " -> " + rsp.body());
    JsonNode body = JSON.readTree(rsp.body());
    return body.path("response").path("numFound").asLong(-1);
  }

  private void post(String url, String json) throws IOException, InterruptedException {
    HttpResponse<String> rsp =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), () -> url + " -> " + rsp.body());
  }

  /** The smallest configset that does SolrCloud: uniqueKey, _version_, update log, one text field. */
  private static Path writeConfigset(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("managed-schema.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <schema name="smoke" version="1.7">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
          <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
          <fieldType name="text" class="solr.TextField" positionIncrementGap="100">
            <analyzer>
              <tokenizer class="solr.StandardTokenizerFactory"/>
              <filter class="solr.LowerCaseFilterFactory"/>
            </analyzer>
          </fieldType>
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="_version_" type="plong" indexed="false" stored="false"/>
          <field name="text" type="text" indexed="true" stored="true"/>
        </schema>
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("solrconfig.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog>
              <str name="dir">${solr.ulog.dir:}</str>
            </updateLog>
          </updateHandler>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults">
              <str name="df">text</str>
            </lst>
          </requestHandler>
          <requestHandler name="/update" class="solr.UpdateRequestHandler"/>
        </config>
        """,
        StandardCharsets.UTF_8);
    return dir;
  }
}
