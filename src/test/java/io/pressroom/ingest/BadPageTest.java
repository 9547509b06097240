package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bad or unrecognised page still comes out as body paragraphs with its text intact: a layout the
 * parser knows nothing of, a page with noise in its text, a page with nothing but a headline.
 * Bytes that are no text at all are refused with the reason, never half-parsed.
 */
class BadPageTest {
  private static ParsedRelease parse(String text, String name) throws IngestException {
    return ReleaseParser.standard().parse(text.getBytes(StandardCharsets.UTF_8), name, ReleaseParser.Format.AUTO);
  }

  /** Every line of {@code lines} is the title, a paragraph or a paragraph's section, unchanged. */
  private static void assertTextIntact(ParsedRelease r, List<String> lines) {
    List<String> kept = new ArrayList<>();
    kept.add(r.release().title());
    for (Paragraph p : r.paragraphs()) {
      kept.add(p.text());
      kept.add(p.section());
    }
    for (String line : lines) {
      assertTrue(kept.contains(line), "lost: " + line + " in " + kept);
    }
  }

  @Test
  void unrecognisedLayoutIsBodyText() throws IngestException {
    List<String> lines = List.of("Shopping list", "eggs", "milk", "bread", "Call the plumber on Monday");
    ParsedRelease r = parse(String.join("\n", lines) + "\n", "notes.txt");
    assertTextIntact(r, lines);
    r.paragraphs().forEach(p -> assertEquals(Kind.BODY, p.kind(), p.text()));
    assertEquals(List.of("eggs", "milk", "bread", "Call the plumber on Monday"), r.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void linesWithoutPunctuationAreNotTakenForHeadings() throws IngestException {
    List<String> lines = List.of("床前明月光", "疑是地上霜", "舉頭望明月", "低頭思故鄉");
    ParsedRelease r = parse(String.join("\n", lines) + "\n", "poem.txt");
    assertEquals("床前明月光", r.release().title());
    assertEquals(lines.subList(1, 4), r.paragraphs().stream().map(Paragraph::text).toList());
    r.paragraphs().forEach(p -> assertEquals(Kind.BODY, p.kind()));
  }

  @Test
  void noiseInTheTextIsKept() throws IngestException {
    String noisy = "Another line \u00FD\u00FF mojibake, a \uFFFD replacement character and a bell \u0007 in it.";
    ParsedRelease r = parse("Title\n\nSome text of the release, as it came.\n\n" + noisy + "\n", "junk.txt");
    assertEquals(List.of("Some text of the release, as it came.", noisy), r.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void aPageWithOnlyAHeadlineKeepsIt() throws IngestException {
    ParsedRelease r = parse("跳至主要內容\n\n首頁 > 港聞\n\n滬港兩地簽署合作文件\n\n分享到:\n", "headline-only.txt");
    assertEquals(List.of("滬港兩地簽署合作文件"), r.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(Kind.BODY, r.paragraphs().get(0).kind());
  }

  @Test
  void anHtmlPageWithoutStructureKeepsItsText() throws IngestException {
    ParsedRelease r =
        parse(
            "<html><body><div>通告</div><div>本會謹定於下月舉行周年大會。</div><div>議程</div><div>一、通過上年度會議紀錄。</div>"
                + "<div>二、選舉新一屆理事。</div><td>查詢請致電本會秘書處。</td></body></html>",
            "plain.html");
    assertEquals("通告", r.release().title());
    assertTextIntact(r, List.of("本會謹定於下月舉行周年大會。", "議程", "一、通過上年度會議紀錄。", "二、選舉新一屆理事。", "查詢請致電本會秘書處。"));
    r.paragraphs().forEach(p -> assertEquals(Kind.BODY, p.kind(), p.text()));
  }

  @Test
  void bytesThatAreNoTextAreRefusedWithTheReason() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D};
    IngestException e = assertThrows(IngestException.class, () -> ReleaseParser.standard().parse(binary, "photo.txt", ReleaseParser.Format.AUTO));
    assertEquals(IngestException.Reason.BINARY, e.reason());
    IngestException empty = assertThrows(IngestException.class, () -> parse(" \n\u3000\n", "empty.txt"));
    assertEquals(IngestException.Reason.EMPTY, empty.reason());
  }
}
