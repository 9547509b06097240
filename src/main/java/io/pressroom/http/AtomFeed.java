package io.pressroom.http;

import io.pressroom.model.Paragraph;
import io.pressroom.model.Release;
import io.pressroom.search.SearchResult;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A search as an Atom feed (RFC 4287): its newest paragraphs, each an entry whose id is the
 * paragraph's (stable across re-ingest), linked to the release view, so a feed reader shows the
 * paragraphs that match after each ingest as new entries.
 */
final class AtomFeed {
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private AtomFeed() {}

  /**
   * Writes the feed of {@code result}.
   *
   * @param base the server's address as the client sees it, e.g. {@code http://127.0.0.1:8080}
   * @param self the feed's own path and query
   * @param page the search page's path and query showing the same search
   * @param title what the feed is about
   */
  static void write(OutputStream out, SearchResult result, String base, String self, String page, String title)
      throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    element(x, "id", base + self);
    element(x, "title", "Pressroom: " + title);
    element(x, "subtitle", result.total() + " matching paragraphs, newest first");
    element(x, "updated", updated(result));
    link(x, "self", base + self, "application/atom+xml");
    link(x, "alternate", base + page, "text/html");
    x.writeStartElement("author");
    element(x, "name", "Pressroom");
    x.writeEndElement();
    element(x, "generator", "Pressroom");
    for (SearchResult.Hit hit : result.hits()) {
      entry(x, hit.paragraph(), base);
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
    x.close();
  }

  private static void entry(XMLStreamWriter x, Paragraph p, String base) throws XMLStreamException {
    Release r = p.release();
    x.writeStartElement("entry");
    element(x, "id", "urn:pressroom:paragraph:" + URLEncoder.encode(p.id(), StandardCharsets.UTF_8));
    String title = (r.title() == null || r.title().isBlank() ? r.id() : r.title());
    String where = p.area() != null ? p.area().label(p.lang()) : p.section();
    element(x, "title", where == null || where.isBlank() ? title : title + " — " + where);
    link(x, "alternate", base + "/releases/" + path(r.id()) + "?p=" + p.position(), "text/html");
    String when = r.published() == null ? RFC3339.format(Instant.EPOCH.atOffset(ZoneOffset.UTC)) : RFC3339.format(r.published());
    element(x, "published", when);
    element(x, "updated", when);
    if (r.publisher() != null && !r.publisher().isBlank()) {
      x.writeStartElement("author");
      element(x, "name", r.publisher());
      x.writeEndElement();
    }
    if (p.area() != null) {
      x.writeEmptyElement("category");
      x.writeAttribute("term", clean(p.area().id()));
      x.writeAttribute("label", clean(p.area().label(p.lang())));
    }
    x.writeStartElement("content");
    x.writeAttribute("type", "text");
    x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", p.lang());
    x.writeCharacters(clean(p.text()));
    x.writeEndElement();
    x.writeEndElement();
  }

  /** The newest entry's time, or the epoch for an empty feed (Atom requires one). */
  private static String updated(SearchResult result) {
    OffsetDateTime newest = null;
    for (SearchResult.Hit h : result.hits()) {
      OffsetDateTime t = h.paragraph().release().published();
      if (t != null && (newest == null || t.isAfter(newest))) {
        newest = t;
      }
    }
    return RFC3339.format(newest == null ? Instant.EPOCH.atOffset(ZoneOffset.UTC) : newest);
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(clean(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", clean(href));
  }

  /** A path segment, percent-encoded. */
  static String path(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The text without characters XML 1.0 cannot carry (controls other than tab and line breaks, lone surrogates). */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (ok && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
