package io.pressroom.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pressroom.model.Agreement;
import io.pressroom.model.Paragraph;
import io.pressroom.model.Release;
import io.pressroom.search.Searcher;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The hits of a search written one by one, as they are read, for {@code GET /api/search.csv},
 * {@code /api/search.ndjson} and {@code pressroom export}: CSV (RFC 4180, UTF-8 with a byte-order
 * mark so spreadsheet programs read Chinese right, the columns of {@link #COLUMNS}) or NDJSON (one
 * paragraph JSON object per line, as {@code parse} prints it, plus {@code score}).
 */
public final class HitExport implements Closeable {
  /** The two formats. */
  public enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    NDJSON("application/x-ndjson; charset=utf-8", "ndjson");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }

    /** {@code csv} or {@code ndjson}, any case; IllegalArgumentException otherwise. */
    public static Format fromId(String id) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(id == null ? "" : id.strip())) {
          return f;
        }
      }
      throw new IllegalArgumentException("format must be csv or ndjson, got '" + id + "'");
    }
  }

  /**
   * The CSV columns, in order: the paragraph id; its release's id, headline, publication time
   * (ISO-8601), publisher, conference partner and session number; the paragraph's position, kind,
   * language and section heading; its area's id and names in Traditional Chinese and English; its
   * agreement's id, number, title and parties (separated by "; "); the relevance score (empty unless
   * ordered by relevance); the id of the same paragraph in the other language's version; and the
   * text.
   */
  public static final List<String> COLUMNS = List.of(
      "id", "release", "title", "published", "publisher", "conference", "session", "position", "kind", "lang",
      "section", "area", "area_zh", "area_en", "agreement", "agreement_number", "agreement_title",
      "agreement_parties", "score", "counterpart", "text");

  private final Format format;
  private final OutputStream out;
  private final Writer csv;
  private long written;

  private HitExport(Format format, OutputStream out) {
    this.format = format;
    this.out = out;
    this.csv = format == Format.CSV ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024) : null;
  }

  /**
   * A writer of {@code format} to {@code out}; the CSV header is written first. {@link #close()}
   * flushes but leaves {@code out} open.
   */
  public static HitExport to(Format format, OutputStream out) throws IOException {
    HitExport e = new HitExport(format, out);
    if (e.csv != null) {
      e.csv.write('\uFEFF');
      e.row(COLUMNS);
    }
    return e;
  }

  /** Writes one hit; an I/O failure (the client went away) is thrown unchecked. */
  public void write(Searcher.Exported hit) {
    try {
      if (format == Format.CSV) {
        row(cells(hit.paragraph(), hit.score()));
      } else {
        try (JsonGenerator g = PressroomJson.MAPPER.getFactory().createGenerator(out)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          PressroomJson.writeExported(g, hit.paragraph(), hit.score());
        }
        out.write('\n');
      }
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many hits were written. */
  public long written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }

  private static List<String> cells(Paragraph p, Float score) {
    Release r = p.release();
    Agreement a = p.agreement();
    return java.util.Arrays.asList(
        p.id(), r.id(), r.title(), r.published() == null ? null : r.published().toString(), r.publisher(),
        r.conference() == null ? null : r.conference().partner(),
        r.conference() == null || r.conference().session() == null ? null : r.conference().session().toString(),
        Integer.toString(p.position()), p.kind().id(), p.lang(), p.section(),
        p.area() == null ? null : p.area().id(), p.area() == null ? null : p.area().label("zh-Hant"),
        p.area() == null ? null : p.area().label("en"),
        a == null ? null : a.id(), a == null ? null : Integer.toString(a.number()), a == null ? null : a.title(),
        a == null ? null : String.join("; ", a.parties()),
        score == null ? null : String.format(Locale.ROOT, "%.4f", score),
        p.counterpart() == null ? null : p.counterpart().id(), p.text());
  }

  private void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(cell(cells.get(i)));
    }
    csv.write("\r\n");
  }

  /**
   * One CSV cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet would
   * take for a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
   */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    char first = v.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
