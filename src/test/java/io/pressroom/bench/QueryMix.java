package io.pressroom.bench;

import io.pressroom.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed query mix of the search benchmarks, in-process and over HTTP alike (bench/wrk-mix.lua
 * holds the same requests as URLs). Facets and highlights are on for every request.
 */
public final class QueryMix {
  private QueryMix() {}

  /** One request: query text and an optional area filter. */
  public record Entry(String name, String query, String area) {
    public SearchRequest request() {
      SearchRequest.Builder b = SearchRequest.builder().query(query).facets(true).highlight(true);
      if (area != null) {
        b.areas(area);
      }
      return b.build();
    }

    public String url() {
      return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
          + (area == null ? "" : "&area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
    }
  }

  public static final List<Entry> ENTRIES = List.of(
      new Entry("single term (zh)", "金融", null),
      new Entry("single term (en)", "logistics", null),
      new Entry("two-term AND (zh)", "香港 創新", null),
      new Entry("two-term AND (en)", "shipping aviation", null),
      new Entry("phrase (zh)", "\"人才培養\"", null),
      new Entry("phrase (en)", "\"Belt and Road\"", null),
      new Entry("Simplified for Traditional", "绿色金融", null),
      new Entry("Simplified for Traditional", "医疗卫生", null),
      new Entry("English glossary", "green finance", null),
      new Entry("filtered by area", "合作", "finance"));
}
