package io.pressroom.json;

import io.pressroom.model.Area;
import io.pressroom.model.Conference;
import io.pressroom.model.Agreement;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.core.ReleaseSummary;
import io.pressroom.model.ParsedRelease;
import io.pressroom.search.SearchResult;
import java.util.List;

/**
 * The JSON shapes of Pressroom's data, written in one place so that {@code parse}, {@code export},
 * {@code search --json} and the HTTP API all emit the same contract: paragraphs, releases, areas,
 * agreements, search results, and the listings and envelopes of the HTTP responses.
 */
public final class PressroomJson {
  /** Shared mapper: thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String[] LANGS = {"zh-Hant", "zh-Hans", "en"};

  private PressroomJson() {}

  /** A paragraph with its release nested under {@code release}. */
  public static ObjectNode paragraph(Paragraph p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", p.id());
    n.set("release", release(p.release()));
    n.put("position", p.position());
    n.put("kind", p.kind().id());
    n.put("lang", p.lang());
    n.put("text", p.text());
    n.put("section", p.section());
    n.set("area", p.area() == null ? null : area(p.area()));
    n.set("agreement", p.agreement() == null ? null : agreement(p.agreement()));
    ArrayNode named = n.putArray("named_agreements");
    p.namedAgreements().forEach(a -> named.add(agreement(a)));
    n.put("counterpart", p.counterpart() == null ? null : p.counterpart().id());
    if (p.counterpart() == null) {
      n.putNull("counterpart_certain");
    } else {
      n.put("counterpart_certain", p.counterpart().certain());
    }
    return n;
  }

  /** Release metadata; {@code published} is ISO-8601 with offset, e.g. 2024-04-26T19:58:59+08:00. */
  public static ObjectNode release(Release r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("title", r.title());
    n.put("publisher", r.publisher());
    n.put("published", r.published() == null ? null : r.published().toString());
    n.put("source", r.source());
    n.put("editor", r.editor());
    n.put("language", r.language());
    n.put("file", r.file());
    n.set("conference", r.conference() == null ? null : conference(r.conference()));
    return n;
  }

  /** A conference session: the partner, the conference's names and the session number. */
  public static ObjectNode conference(Conference c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("partner", c.partner());
    ObjectNode labels = n.putObject("labels");
    for (String lang : LANGS) {
      labels.put(lang, c.labels().get(lang));
    }
    if (c.session() == null) {
      n.putNull("session");
    } else {
      n.put("session", c.session());
    }
    return n;
  }

  /** An area: id and labels per language. */
  public static ObjectNode area(Area a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    ObjectNode labels = n.putObject("labels");
    for (String lang : LANGS) {
      labels.put(lang, a.label(lang));
    }
    return n;
  }

  /**
   * An agreement: id, number, title, type, the type as written, the parties with their
   * organisation ids, and its areas with scores.
   */
  public static ObjectNode agreement(Agreement a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("number", a.number());
    n.put("title", a.title());
    n.put("type", a.type());
    n.put("type_label", a.typeLabel());
    ArrayNode parties = n.putArray("parties");
    a.parties().forEach(parties::add);
    ArrayNode organisations = n.putArray("organisations");
    a.organisations().forEach(organisations::add);
    ArrayNode areas = n.putArray("areas");
    a.areas().forEach(s -> areas.addObject().put("id", s.area()).put("score", s.score()));
    return n;
  }

  /**
   * A search result as the HTTP API and {@code search --json} return it: total, took_ms, hits
   * (paragraph JSON plus score and highlights), facets, next_cursor, timed_out and notices.
   */
  public static ObjectNode searchResult(SearchResult r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", r.total());
    n.put("took_ms", r.tookMs());
    ArrayNode hits = n.putArray("hits");
    for (SearchResult.Hit h : r.hits()) {
      ObjectNode hit = paragraph(h.paragraph());
      if (h.score() == null) {
        hit.putNull("score");
      } else {
        hit.put("score", h.score());
      }
      ArrayNode highlights = hit.putArray("highlights");
      h.highlights().forEach(highlights::add);
      ArrayNode alsoIn = hit.putArray("also_in");
      h.alsoIn().forEach(alsoIn::add);
      hits.add(hit);
    }
    ObjectNode facets = n.putObject("facets");
    r.facets().byDimension().forEach((dim, values) -> facets.set(dim, facetValues(values)));
    n.put("next_cursor", r.nextCursor());
    n.put("timed_out", r.timedOut());
    ArrayNode notices = n.putArray("notices");
    r.notices().forEach(x -> notices.addObject().put("code", x.code()).put("message", x.message()));
    return n;
  }

  /** Areas with their labels and counts. */
  public static ArrayNode areaCounts(java.util.List<SearchResult.AreaCount> counts) {
    ArrayNode a = MAPPER.createArrayNode();
    for (SearchResult.AreaCount c : counts) {
      a.add(area(c.area()).put("count", c.count()));
    }
    return a;
  }

  /**
   * Facet values, one shape for every dimension: {@code value} (what the filter takes), {@code
   * label} (the name in Traditional Chinese, the page's first language), {@code labels} (the name
   * in each UI language) and {@code count}.
   */
  public static ArrayNode facetValues(List<SearchResult.FacetValue> values) {
    ArrayNode a = MAPPER.createArrayNode();
    for (SearchResult.FacetValue v : values) {
      ObjectNode o = a.addObject().put("value", v.value()).put("label", v.label("zh-Hant"));
      ObjectNode labels = o.putObject("labels");
      for (String lang : LANGS) {
        labels.put(lang, v.label(lang));
      }
      o.put("count", v.count());
    }
    return a;
  }

  /** The release listing: each release's metadata and its paragraph count. */
  public static ObjectNode releases(List<ReleaseSummary> summaries) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", summaries.size());
    ArrayNode a = n.putArray("releases");
    for (ReleaseSummary s : summaries) {
      a.add(release(s.release()).put("paragraphs", s.paragraphs()));
    }
    return n;
  }

  /** One release: its metadata and its paragraphs in order. */
  public static ObjectNode release(ParsedRelease r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("release", release(r.release()));
    ArrayNode a = n.putArray("paragraphs");
    r.paragraphs().forEach(p -> a.add(paragraph(p)));
    return n;
  }

  /** Agreement paragraphs as agreements: number, title, type, parties, and where they stand. */
  public static ObjectNode agreements(List<Paragraph> agreementParagraphs) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", agreementParagraphs.size());
    ArrayNode a = n.putArray("agreements");
    for (Paragraph p : agreementParagraphs) {
      ObjectNode g = agreement(p.agreement());
      g.put("release_id", p.release().id());
      g.put("paragraph_id", p.id());
      a.add(g);
    }
    return n;
  }

  /** The answer to a successful POST: the release and how many paragraphs it has. */
  public static ObjectNode created(ParsedRelease r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.release().id());
    n.set("release", release(r.release()));
    n.put("paragraphs", r.paragraphs().size());
    return n;
  }
}
