package io.pressroom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of {@code GET /api/search} with wrong types, negative and huge values, repetition
 * where it takes one value, and unknown names: each is a 400 whose message names the parameter.
 */
class SearchParamsAbuseTest {
  private static LiveServer http;

  @BeforeAll
  static void start() throws Exception {
    http = LiveServer.overCorpus(c -> c);
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
  }

  private static String cursor(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Bad values per parameter, each to be refused with a message naming the parameter. */
  static Map<String, List<String>> badValues() {
    Map<String, List<String>> bad = new LinkedHashMap<>();
    bad.put("q", List.of("a".repeat(1_001), "滬".repeat(700) + "a".repeat(301), "*"));
    bad.put("area", List.of("nonexistent", "-1", "99999999999999999999", "area:finance", "\u0000", "𨋢", "a".repeat(2_000)));
    bad.put("agreement", List.of("three", "1.5", "-1", "0", "99999999999", "2147483648", "-2147483649", "0x10", "1e3", "NaN", "3,4"));
    bad.put("kind", List.of("table", "CLAUSE OR 1", "-1", "0", "\u0000", "x".repeat(2_000)));
    bad.put("lang", List.of("fr", "zh", "zh-TW", "EN-us", "-1", "x".repeat(2_000)));
    bad.put("from_date", List.of("2024-13-01", "2024-02-30", "26/04/2024", "yesterday", "-1", "2024", "99999-01-01",
        "+999999999-12-31", "-999999999-01-01", "2024-04-26T10:00"));
    bad.put("to_date", List.of("2024-00-10", "2024-04-31", "tomorrow", "-1", "+999999999-12-31", "-999999999-01-01"));
    bad.put("sort", List.of("newest", "-1", "relevance,date", "DATE DESC", "x".repeat(2_000)));
    bad.put("from", List.of("-1", "-2147483648", "2147483647", "2147483648", "99999999999999999999", "1.5", "abc", "1e3", "0x10", "9995"));
    bad.put("size", List.of("-1", "101", "2147483647", "2147483648", "99999999999", "1.0", "ten", "1e2"));
    bad.put("cursor", List.of("garbage", "!!!", "%%%", cursor("{}"), cursor("[]"), cursor("null"), cursor("[\"relevance\"]"),
        cursor("[\"date\",1,\"a\",1]"), cursor("[\"position\",\"x\",\"y\",\"z\"]"),
        cursor("[\"relevance\",1.0,99999999999999999999999,\"a\",1]"), cursor("[\"nosuchsort\",1,\"a\",1]"),
        cursor("[" + "1,".repeat(1_500) + "1]"), "A".repeat(5_000)));
    return bad;
  }

  @Test
  void badValuesAre400NamingTheParameter() throws Exception {
    List<String> problems = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, List<String>> e : badValues().entrySet()) {
      String name = e.getKey();
      for (String v : e.getValue()) {
        tried++;
        String query = name.equals("q") || name.equals("from") || name.equals("size") ? name + "=" + LiveServer.percentEncode(v)
            : "q=" + LiveServer.percentEncode("合作") + "&" + name + "=" + LiveServer.percentEncode(v);
        if (name.equals("from") && v.equals("9995")) {
          query += "&size=10";
        }
        problems.addAll(expect400(query, name, v));
      }
    }
    Reliability.report("SearchParamsAbuseTest", tried + " bad values over 12 parameters; " + problems.size() + " not refused properly");
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void singleValuedParametersGivenTwiceAre400() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, String> good = Map.of("q", "合作", "lang", "en", "from_date", "2024-01-01", "to_date", "2024-12-31",
        "sort", "date", "from", "0", "size", "5", "cursor", "x");
    for (Map.Entry<String, String> e : good.entrySet()) {
      String v = LiveServer.percentEncode(e.getValue());
      problems.addAll(expect400(e.getKey() + "=" + v + "&" + e.getKey() + "=" + v, e.getKey(), "twice"));
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void multiValuedFiltersAreBoundedAndNamed() throws Exception {
    // Many values of a filter: within the URL limit they must not turn into a 500 or blame q.
    for (String name : List.of("release", "area", "kind", "agreement")) {
      StringBuilder query = new StringBuilder("q=" + LiveServer.percentEncode("合作"));
      for (int i = 0; i < 600; i++) {
        query.append('&').append(name).append('=').append(switch (name) {
          case "area" -> "finance";
          case "kind" -> "clause";
          case "agreement" -> LiveServer.percentEncode(Corpus.HKCD + "#a" + (i + 1));
          default -> "r" + i;
        });
      }
      HttpResponse<String> r = http.get("/api/search?" + query);
      if (r.statusCode() == 414) {
        LiveServer.assertError(r, 414, "URI Too Long"); // Jetty's 8 KB limit on the request line, as JSON
      } else if (r.statusCode() != 200) {
        LiveServer.assertError(r, r.statusCode(), name);
      }
    }
  }

  @Test
  void thousandsOfFilterValuesInProcessAreRefusedNamingTheFilter() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      many.add("release-" + i);
    }
    io.pressroom.search.InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.pressroom.search.InvalidRequestException.class,
        () -> http.archive().search(io.pressroom.search.SearchRequest.builder().query("合作").releases(many).build()));
    assertEquals("release", e.parameter(), e.getMessage());
  }

  @Test
  void unknownNamesAre400NamingThem() throws Exception {
    for (String name : List.of("Q", "query", "page", "limit", "size[]", "q%20", "area_", "callback", "_", "%00", "%E6%BB%AC")) {
      HttpResponse<String> r = http.get("/api/search?q=a&" + name + "=1");
      String decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8).strip();
      LiveServer.assertError(r, 400, decoded.isEmpty() ? "unknown" : decoded);
    }
  }

  @Test
  void goodEdgeValuesAreAccepted() throws Exception {
    for (String query : List.of("size=0", "size=100", "from=9990&size=10", "lang=EN", "lang=zh-hant", "sort=DATE",
        "kind=CLAUSE", "area=" + LiveServer.percentEncode("金融"), "from_date=2024-04-26&to_date=2024-04-26", "agreement=" + LiveServer.percentEncode(Corpus.HKCD + "#a1"),
        "q=&size=1", "from_date=0001-01-01", "to_date=9999-12-31")) {
      HttpResponse<String> r = http.get("/api/search?" + query);
      assertEquals(200, r.statusCode(), query + " -> " + r.body());
    }
  }

  private static List<String> expect400(String query, String name, String value) throws Exception {
    HttpResponse<String> r = http.get("/api/search?" + query);
    String where = "GET /api/search?" + Reliability.show(query.length() > 200 ? query.substring(0, 200) : query);
    if (r.statusCode() != 400) {
      return List.of(where + " -> " + r.statusCode() + " " + Reliability.show(r.body()));
    }
    try {
      String message = LiveServer.assertErrorBody(r.body(), 400, r.headers().firstValue("Content-Type").orElse(""))
          .path("message").asText();
      if (!message.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
        return List.of(where + " -> 400 but the message does not name " + name + ": " + message);
      }
    } catch (AssertionError | Exception e) {
      return List.of(where + " -> " + e.getMessage());
    }
    return List.of();
  }
}
