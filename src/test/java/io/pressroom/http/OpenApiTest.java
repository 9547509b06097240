package io.pressroom.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.testing.LiveServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /openapi.json} describes exactly the routes the server registers, with their parameters. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
  private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

  private static LiveServer http;
  private static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus();
    doc = http.getJson("/openapi.json");
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  private static Set<String> parameterNames(JsonNode operation, String in) {
    Set<String> names = new TreeSet<>();
    operation.path("parameters").forEach(p -> {
      if (p.path("in").asText().equals(in)) {
        names.add(p.path("name").asText());
      }
    });
    return names;
  }

  @Test
  void documentedOperationsAreTheRegisteredRoutes() {
    Set<String> documented = new TreeSet<>();
    doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (METHODS.contains(method)) {
        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }));
    Set<String> registered = new TreeSet<>();
    Set<String> heads = new TreeSet<>();
    for (String endpoint : http.server().registeredEndpoints()) {
      (endpoint.startsWith("HEAD ") ? heads : registered).add(endpoint);
    }
    assertEquals(registered, documented);
    assertEquals(registered.size(), http.server().routes().size());
    // HEAD is documented once, in the info: every GET has it, and nothing else.
    Set<String> gets = new TreeSet<>();
    registered.stream().filter(e -> e.startsWith("GET ")).forEach(e -> gets.add("HEAD " + e.substring(4)));
    assertEquals(gets, heads);
    assertTrue(doc.path("info").path("description").asText().contains("HEAD"));
  }

  @Test
  void everyRouteDocumentsItsQueryAndPathParameters() {
    for (ApiRoute route : http.server().routes()) {
      String where = route.method().name() + " " + route.path();
      JsonNode op = doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
      assertFalse(op.isMissingNode(), where);
      assertEquals(new TreeSet<>(route.queryParams()), parameterNames(op, "query"), where);
      Set<String> pathParams = new TreeSet<>();
      Matcher m = PATH_PARAM.matcher(route.path());
      while (m.find()) {
        pathParams.add(m.group(1));
      }
      assertEquals(pathParams, parameterNames(op, "path"), where);
      assertTrue(op.path("responses").size() > 0, where);
      if (route.strictParams() && !route.path().startsWith("/static")) {
        assertTrue(op.path("responses").has("200") || op.path("responses").has("201"), where);
      }
    }
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertFalse(refs.isEmpty());
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/"), ref);
      assertFalse(doc.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
    }
  }

  @Test
  void isAnOpenApi3Document() {
    assertTrue(doc.path("openapi").asText().startsWith("3."));
    assertFalse(doc.path("info").path("title").asText().isEmpty());
    assertTrue(doc.path("components").path("schemas").has("Error"));
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
