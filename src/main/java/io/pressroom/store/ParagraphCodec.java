package io.pressroom.store;

import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.AreaScore;
import io.pressroom.model.Conference;
import io.pressroom.model.Counterpart;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.model.Release;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a paragraph: a compact binary encoding of the whole record, release and links
 * included, so a hit is rebuilt from one stored value without parsing JSON. Strings are UTF-8 with
 * a variable-length prefix (0 for null); numbers are variable-length. The first byte is the
 * format's version.
 */
public final class ParagraphCodec {
  private static final byte FORMAT = 2;
  private static final Kind[] KINDS = Kind.values();
  private static final String[] LANGS = {"zh-Hant", "zh-Hans", "en"};

  private ParagraphCodec() {}

  /** The bytes of {@code p}. */
  public static byte[] encode(Paragraph p) {
    Out o = new Out();
    o.out.write(FORMAT);
    o.string(p.id());
    Release r = p.release();
    o.string(r.id());
    o.string(r.title());
    o.string(r.publisher());
    if (r.published() == null) {
      o.varint(0);
    } else {
      o.varint(1);
      o.zigzag(r.published().toEpochSecond());
      o.varint(r.published().getNano());
      o.zigzag(r.published().getOffset().getTotalSeconds());
    }
    o.string(r.source());
    o.string(r.editor());
    o.string(r.language());
    o.string(r.file());
    Conference c = r.conference();
    o.varint(c == null ? 0 : 1);
    if (c != null) {
      o.string(c.partner());
      for (String lang : LANGS) {
        o.string(c.labels().get(lang));
      }
      o.varint(c.session() == null ? 0 : c.session() + 1);
    }
    o.varint(p.position());
    o.varint(p.kind().ordinal());
    o.string(p.lang());
    o.string(p.text());
    o.string(p.section());
    Area a = p.area();
    o.varint(a == null ? 0 : 1);
    if (a != null) {
      o.string(a.id());
      for (String lang : LANGS) {
        o.string(a.label(lang));
      }
    }
    o.varint(p.agreement() == null ? 0 : 1);
    if (p.agreement() != null) {
      agreement(o, p.agreement());
    }
    o.varint(p.namedAgreements().size());
    p.namedAgreements().forEach(g -> agreement(o, g));
    Counterpart link = p.counterpart();
    o.varint(link == null ? 0 : link.certain() ? 2 : 1);
    if (link != null) {
      o.string(link.id());
    }
    return o.out.toByteArray();
  }

  private static void agreement(Out o, Agreement g) {
    o.string(g.id());
    o.varint(g.number());
    o.string(g.title());
    o.string(g.type());
    o.string(g.typeLabel());
    o.varint(g.parties().size());
    g.parties().forEach(o::string);
    o.varint(g.areas().size());
    for (AreaScore s : g.areas()) {
      o.string(s.area());
      o.varlong(Double.doubleToLongBits(s.score()) ^ Long.MIN_VALUE);
    }
    o.varint(g.organisations().size());
    g.organisations().forEach(o::string);
  }

  private static Agreement agreement(In in) {
    String id = in.string();
    int number = in.varint();
    String title = in.string();
    String type = in.string();
    String typeLabel = in.string();
    List<String> parties = new ArrayList<>();
    for (int i = in.varint(); i > 0; i--) {
      parties.add(in.string());
    }
    List<AreaScore> areas = new ArrayList<>();
    for (int i = in.varint(); i > 0; i--) {
      areas.add(new AreaScore(in.string(), Double.longBitsToDouble(in.varlong() ^ Long.MIN_VALUE)));
    }
    List<String> organisations = new ArrayList<>();
    for (int i = in.varint(); i > 0; i--) {
      organisations.add(in.string());
    }
    return new Agreement(id, number, title, type, typeLabel, parties, areas, organisations);
  }

  /** The paragraph of {@code bytes} made by {@link #encode}. */
  public static Paragraph decode(byte[] bytes, int offset, int length) {
    In in = new In(ByteBuffer.wrap(bytes, offset, length));
    byte format = in.buf.get();
    if (format != FORMAT) {
      throw new IllegalStateException("stored paragraph in format " + format + ", this version reads " + FORMAT);
    }
    String id = in.string();
    String releaseId = in.string();
    String title = in.string();
    String publisher = in.string();
    OffsetDateTime published = null;
    if (in.varint() == 1) {
      long seconds = in.zigzag();
      int nanos = in.varint();
      ZoneOffset zone = ZoneOffset.ofTotalSeconds((int) in.zigzag());
      published = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), zone);
    }
    String source = in.string();
    String editor = in.string();
    String language = in.string();
    String file = in.string();
    Conference conference = null;
    if (in.varint() == 1) {
      String partner = in.string();
      Map<String, String> labels = Map.of(LANGS[0], in.string(), LANGS[1], in.string(), LANGS[2], in.string());
      int session = in.varint();
      conference = new Conference(partner, labels, session == 0 ? null : session - 1);
    }
    Release release = new Release(releaseId, title, publisher, published, source, editor, language, file, conference);
    int position = in.varint();
    Kind kind = KINDS[in.varint()];
    String lang = in.string();
    String text = in.string();
    String section = in.string();
    Area area = null;
    if (in.varint() == 1) {
      String areaId = in.string();
      area = new Area(areaId, Map.of(LANGS[0], in.string(), LANGS[1], in.string(), LANGS[2], in.string()));
    }
    Agreement agreement = in.varint() == 1 ? agreement(in) : null;
    List<Agreement> named = new ArrayList<>();
    for (int i = in.varint(); i > 0; i--) {
      named.add(agreement(in));
    }
    int link = in.varint();
    Counterpart counterpart = link == 0 ? null : new Counterpart(in.string(), link == 2);
    return new Paragraph(id, release, position, kind, lang, text, section, area, agreement, counterpart, named);
  }

  /** The paragraph of {@code bytes}. */
  public static Paragraph decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  private static final class Out {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    void varint(int v) {
      varlong(v & 0xFFFFFFFFL);
    }

    void varlong(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }

    void zigzag(long v) {
      varlong((v << 1) ^ (v >> 63));
    }

    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length + 1);
      out.write(b, 0, b.length);
    }
  }

  private static final class In {
    final ByteBuffer buf;

    In(ByteBuffer buf) {
      this.buf = buf;
    }

    int varint() {
      return (int) varlong();
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = buf.get();
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    long zigzag() {
      long v = varlong();
      return (v >>> 1) ^ -(v & 1);
    }

    String string() {
      int n = varint();
      if (n == 0) {
        return null;
      }
      String s = new String(buf.array(), buf.arrayOffset() + buf.position(), n - 1, StandardCharsets.UTF_8);
      buf.position(buf.position() + n - 1);
      return s;
    }
  }
}
