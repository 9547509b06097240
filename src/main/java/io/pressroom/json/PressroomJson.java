package io.pressroom.json;

import io.pressroom.model.Area;
import io.pressroom.model.Conference;
import io.pressroom.model.Agreement;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** Writes with a generator; the views below are written once, as a stream. */
  @FunctionalInterface
  public interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  /** What {@code writing} writes, as a tree (for callers that add to it or print it). */
  private static ObjectNode tree(Writing writing) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      writing.write(buffer);
      return (ObjectNode) MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code writing} writes, as UTF-8 bytes. */
  public static byte[] bytes(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writing.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A paragraph with its release nested under {@code release}. */
  public static ObjectNode paragraph(Paragraph p) {
    return tree(g -> {
      g.writeStartObject();
      writeParagraphFields(g, p);
      g.writeEndObject();
    });
  }

  private static void writeParagraphFields(JsonGenerator g, Paragraph p) throws IOException {
    g.writeStringField("id", p.id());
    g.writeFieldName("release");
    writeRelease(g, p.release());
    g.writeNumberField("position", p.position());
    g.writeStringField("kind", p.kind().id());
    g.writeStringField("lang", p.lang());
    g.writeStringField("text", p.text());
    g.writeStringField("section", p.section());
    g.writeFieldName("area");
    if (p.area() == null) {
      g.writeNull();
    } else {
      writeArea(g, p.area());
    }
    g.writeFieldName("agreement");
    if (p.agreement() == null) {
      g.writeNull();
    } else {
      writeAgreement(g, p.agreement());
    }
    g.writeArrayFieldStart("named_agreements");
    for (Agreement a : p.namedAgreements()) {
      writeAgreement(g, a);
    }
    g.writeEndArray();
    g.writeStringField("counterpart", p.counterpart() == null ? null : p.counterpart().id());
    g.writeFieldName("counterpart_certain");
    if (p.counterpart() == null) {
      g.writeNull();
    } else {
      g.writeBoolean(p.counterpart().certain());
    }
  }

  /**
   * A hit of an export ({@code GET /api/search.ndjson}, {@code pressroom export}): the paragraph JSON
   * and its relevance {@code score} (null unless ordered by relevance).
   */
  public static void writeExported(JsonGenerator g, Paragraph p, Float score) throws IOException {
    g.writeStartObject();
    writeParagraphFields(g, p);
    g.writeFieldName("score");
    if (score == null) {
      g.writeNull();
    } else {
      g.writeNumber(score);
    }
    g.writeEndObject();
  }

  /** Release metadata; {@code published} is ISO-8601 with offset, e.g. 2024-04-26T19:58:59+08:00. */
  public static ObjectNode release(Release r) {
    return tree(g -> writeRelease(g, r));
  }

  private static void writeRelease(JsonGenerator g, Release r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("title", r.title());
    g.writeStringField("publisher", r.publisher());
    g.writeStringField("published", r.published() == null ? null : r.published().toString());
    g.writeStringField("source", r.source());
    g.writeStringField("editor", r.editor());
    g.writeStringField("language", r.language());
    g.writeStringField("file", r.file());
    g.writeFieldName("conference");
    if (r.conference() == null) {
      g.writeNull();
    } else {
      writeConference(g, r.conference());
    }
    g.writeEndObject();
  }

  /** A conference session: the partner, the conference's names and the session number. */
  public static ObjectNode conference(Conference c) {
    return tree(g -> writeConference(g, c));
  }

  private static void writeConference(JsonGenerator g, Conference c) throws IOException {
    g.writeStartObject();
    g.writeStringField("partner", c.partner());
    writeLabels(g, c.labels()::get);
    g.writeFieldName("session");
    if (c.session() == null) {
      g.writeNull();
    } else {
      g.writeNumber(c.session());
    }
    g.writeEndObject();
  }

  private static void writeLabels(JsonGenerator g, java.util.function.Function<String, String> label) throws IOException {
    g.writeObjectFieldStart("labels");
    for (String lang : LANGS) {
      g.writeStringField(lang, label.apply(lang));
    }
    g.writeEndObject();
  }

  /** An area: id and labels per language. */
  public static ObjectNode area(Area a) {
    return tree(g -> writeArea(g, a));
  }

  private static void writeArea(JsonGenerator g, Area a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    writeLabels(g, a::label);
    g.writeEndObject();
  }

  /**
   * An agreement: id, number, title, type, the type as written, the parties with their
   * organisation ids, and its areas with scores.
   */
  public static ObjectNode agreement(Agreement a) {
    return tree(g -> writeAgreement(g, a));
  }

  private static void writeAgreement(JsonGenerator g, Agreement a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeNumberField("number", a.number());
    g.writeStringField("title", a.title());
    g.writeStringField("type", a.type());
    g.writeStringField("type_label", a.typeLabel());
    writeStrings(g, "parties", a.parties());
    writeStrings(g, "organisations", a.organisations());
    g.writeArrayFieldStart("areas");
    for (var s : a.areas()) {
      g.writeStartObject();
      g.writeStringField("id", s.area());
      g.writeNumberField("score", s.score());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * A search result as the HTTP API and {@code search --json} return it: total, took_ms, hits
   * (paragraph JSON plus score and highlights), facets, next_cursor, timed_out and notices.
   */
  public static ObjectNode searchResult(SearchResult r) {
    return tree(g -> writeSearchResult(g, r));
  }

  /** {@link #searchResult}, written as a stream (what the HTTP API sends). */
  public static void writeSearchResult(JsonGenerator g, SearchResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total", r.total());
    g.writeNumberField("took_ms", r.tookMs());
    g.writeArrayFieldStart("hits");
    for (SearchResult.Hit h : r.hits()) {
      g.writeStartObject();
      writeParagraphFields(g, h.paragraph());
      g.writeFieldName("score");
      if (h.score() == null) {
        g.writeNull();
      } else {
        g.writeNumber(h.score());
      }
      writeStrings(g, "highlights", h.highlights());
      writeStrings(g, "also_in", h.alsoIn());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("facets");
    for (var e : r.facets().byDimension().entrySet()) {
      g.writeFieldName(e.getKey());
      writeFacetValues(g, e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("next_cursor", r.nextCursor());
    g.writeBooleanField("timed_out", r.timedOut());
    g.writeArrayFieldStart("notices");
    for (var x : r.notices()) {
      g.writeStartObject();
      g.writeStringField("code", x.code());
      g.writeStringField("message", x.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
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
  private static void writeFacetValues(JsonGenerator g, List<SearchResult.FacetValue> values) throws IOException {
    g.writeStartArray();
    for (SearchResult.FacetValue v : values) {
      g.writeStartObject();
      g.writeStringField("value", v.value());
      g.writeStringField("label", v.label("zh-Hant"));
      writeLabels(g, v::label);
      g.writeNumberField("count", v.count());
      g.writeEndObject();
    }
    g.writeEndArray();
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

  /**
   * A page of the release listing: {@code total}, {@code from}, {@code size}, {@code next_from} (the
   * {@code from} of the next page, or null at the end) and the releases with their paragraph counts.
   */
  public static ObjectNode releasePage(io.pressroom.core.Archive.ReleasePage page, int from, int size) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", page.total());
    n.put("from", from);
    n.put("size", size);
    long next = (long) from + page.releases().size();
    if (!page.releases().isEmpty() && next < page.total()) {
      n.put("next_from", next);
    } else {
      n.putNull("next_from");
    }
    ArrayNode a = n.putArray("releases");
    for (ReleaseSummary s : page.releases()) {
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
