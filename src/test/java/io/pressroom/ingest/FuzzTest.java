package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Unseen input never crashes the parser: random text, random HTML and random bytes either parse into
 * a well-formed release or are refused with an {@link IngestException}.
 */
class FuzzTest {
  private static final long SEED = 20240426L;
  private static final int ROUNDS = 1500;
  private static final List<String> PIECES =
      List.of(
          "\n", "\n\n", " ", "\u00A0", "\u3000", "。", "，", ":", ";", "(一)", "（二十）", "(3)", "《", "》", "與", "和", "、",
          "關於", "合作備忘錄", "簽署", "signed", "金融", "Finance", "創新及科技", "42.jpg", "*****", "責任編輯:", "來源:",
          "2024-04-26 19:58:59", "Ends/Friday, April 26, 2024", "Issued at HKT 19:30", "熱門排行", "𨋢", "香港商報", "between ",
          " and ", "Ltd.", "University", "局", "委員會", "(", ")", "\t", "\r", "a", "Z", "9", "#");
  private static final List<String> TAGS =
      List.of("p", "div", "article", "main", "h1", "h2", "h3", "li", "ul", "figure", "figcaption", "img", "br", "script",
          "style", "nav", "footer", "table", "td", "pre", "time", "title", "span", "b", "a");

  private final ReleaseParser parser = ReleaseParser.standard();

  @Test
  void randomText() {
    Random random = new Random(SEED);
    for (int i = 0; i < ROUNDS; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(60);
      for (int k = 0; k < n; k++) {
        text.append(random.nextInt(4) == 0 ? randomCodePoints(random, 1 + random.nextInt(8)) : PIECES.get(random.nextInt(PIECES.size())));
      }
      check(text.toString().getBytes(StandardCharsets.UTF_8), ReleaseParser.Format.TEXT);
    }
  }

  @Test
  void randomHtml() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < ROUNDS; i++) {
      StringBuilder html = new StringBuilder(random.nextBoolean() ? "<!doctype html>" : "");
      int n = random.nextInt(80);
      for (int k = 0; k < n; k++) {
        String tag = TAGS.get(random.nextInt(TAGS.size()));
        switch (random.nextInt(5)) {
          case 0:
            html.append('<').append(tag).append(random.nextBoolean() ? " datetime=\"2024-13-45T99:99\"" : "").append('>');
            break;
          case 1:
            html.append("</").append(tag).append('>');
            break;
          case 2:
            html.append(random.nextBoolean() ? "&nbsp;" : "&#x28A2;&amp;&lt;&#0;&bogus;");
            break;
          default:
            html.append(PIECES.get(random.nextInt(PIECES.size())));
        }
      }
      check(html.toString().getBytes(StandardCharsets.UTF_8), ReleaseParser.Format.HTML);
    }
  }

  @Test
  void randomBytes() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < ROUNDS; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      check(bytes, ReleaseParser.Format.AUTO);
    }
  }

  private static String randomCodePoints(Random random, int n) {
    StringBuilder b = new StringBuilder();
    while (b.codePointCount(0, b.length()) < n) {
      int cp = random.nextInt(0x30000);
      if (Character.isDefined(cp) && (cp < 0xD800 || cp > 0xDFFF)) {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  private void check(byte[] input, ReleaseParser.Format format) {
    ParsedRelease r;
    try {
      r = parser.parse(input, null, format);
    } catch (IngestException e) {
      assertNotNull(e.reason());
      assertTrue(e.getMessage().startsWith("request body: "), e.getMessage());
      return;
    }
    assertFalse(r.paragraphs().isEmpty());
    for (int i = 0; i < r.paragraphs().size(); i++) {
      Paragraph p = r.paragraphs().get(i);
      assertEquals(i + 1, p.position());
      assertEquals(r.release().id() + "#" + (i + 1), p.id());
      assertFalse(p.text().isEmpty());
      assertEquals(Whitespace.trim(p.text()), p.text());
      assertTrue(List.of("zh-Hant", "zh-Hans", "en").contains(p.lang()), p.lang());
      assertEquals(p.kind() == Kind.CLAUSE, p.area() != null, p.text());
      assertEquals(p.kind() == Kind.AGREEMENT, p.agreement() != null, p.text());
    }
  }
}
