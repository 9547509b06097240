package io.pressroom.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.compare.Diff.Op;
import io.pressroom.compare.Diff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Word-level differences: Chinese by characters, English by words, escaped for HTML. */
class DiffTest {
  /** The old text the segments give: everything but the insertions. */
  private static String oldText(List<Segment> segments) {
    return segments.stream().filter(s -> s.op() != Op.INSERT).map(Segment::text).collect(Collectors.joining());
  }

  /** The new text the segments give: everything but the deletions. */
  private static String newText(List<Segment> segments) {
    return segments.stream().filter(s -> s.op() != Op.DELETE).map(Segment::text).collect(Collectors.joining());
  }

  @Test
  void chineseIsComparedCharacterByCharacter() {
    String a = "推動兩地金融市場互聯互通。";
    String b = "有序推進兩地金融市場互聯互通。";
    Diff.Result r = Diff.of(a, b);
    assertEquals(List.of(new Segment(Op.DELETE, "推動"), new Segment(Op.INSERT, "有序推進"),
        new Segment(Op.EQUAL, "兩地金融市場互聯互通。")), r.segments());
    assertEquals("<del>推動</del><ins>有序推進</ins>兩地金融市場互聯互通。", Diff.html(r.segments()));
    // 10 shared characters of 12 and 14 (the full stop is punctuation, not counted)
    assertEquals(2.0 * 10 / (12 + 14), r.similarity(), 1e-9);
    assertFalse(r.same());
  }

  @Test
  void englishIsComparedWordByWord() {
    Diff.Result r = Diff.of("Support Hong Kong enterprises in the Expo.", "Support Hong Kong companies in the Expo.");
    assertEquals("Support Hong Kong <del>enterprises</del><ins>companies</ins> in the Expo.", Diff.html(r.segments()));
    assertEquals(2.0 * 6 / 14, r.similarity(), 1e-9);
  }

  @Test
  void traditionalAndSimplifiedSpacingAndCaseAreNotChanges() {
    Diff.Result r = Diff.of("加強兩地金融合作。", "加强两地金融合作。");
    assertTrue(r.same());
    assertEquals(1.0, r.similarity(), 1e-9);
    assertEquals("加强两地金融合作。", Diff.html(r.segments()), "the unchanged text is shown as the new release writes it");
    assertTrue(Diff.of("Green  Finance", "green finance").same());
  }

  @Test
  void aLoneSharedCharacterBetweenChangesIsPartOfTheChange() {
    // 的 is shared, but alone between two changes it would scatter the replaced phrase.
    Diff.Result r = Diff.of("發展的機遇", "加強的合作");
    assertEquals(List.of(new Segment(Op.DELETE, "發展的機遇"), new Segment(Op.INSERT, "加強的合作")), r.segments());
  }

  @Test
  void segmentsRebuildBothTextsExactly() {
    String a = "(一)支持兩地「一帶一路」合作, RCEP 框架下 2024 年 <b>試點</b>;";
    String b = "(二)支持兩地共建「一帶一路」, 在RCEP框架下 2025 年 <i>推廣</i> & 試點。";
    Diff.Result r = Diff.of(a, b);
    assertEquals(a.replaceAll("\\s+", " "), oldText(r.segments()).replaceAll("\\s+", " "));
    assertEquals(b, newText(r.segments()));
  }

  @Test
  void htmlIsEscaped() {
    String html = Diff.html(Diff.of("<script>x</script> & \"a\"", "<img src=x onerror='y'> & \"a\"").segments());
    assertFalse(html.contains("<script") || html.contains("<img"), html);
    assertTrue(html.startsWith("&lt;") && html.contains("script&gt;") && html.contains("img src=x onerror=&#39;y&#39;"), html);
    assertTrue(html.contains("&amp; &quot;a&quot;"), html);
    assertEquals(html.replaceAll("</?(del|ins)>", "").indexOf('<'), -1, "only del and ins are tags: " + html);
  }

  @Test
  void emptyAndWhollyDifferentTexts() {
    assertEquals(List.of(), Diff.of("", "").segments());
    assertEquals(1.0, Diff.of("", "").similarity());
    assertEquals(List.of(new Segment(Op.INSERT, "新增")), Diff.of("", "新增").segments());
    assertEquals(List.of(new Segment(Op.DELETE, "刪除")), Diff.of("刪除", null).segments());
    assertEquals(0.0, Diff.of("甲乙丙", "丁戊己").similarity());
  }

  @Test
  void veryDifferentLongTextsAreOneReplacementNotASlowSearch() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      a.append((char) ('一' + (i * 7919) % 5000));
      b.append((char) ('一' + (i * 104729 + 13) % 5000));
    }
    Diff.Result r = Diff.of(a.toString(), b.toString());
    // beyond Diff.MAX_EDITS the search stops and the whole text is one replacement
    assertEquals(List.of(Op.DELETE, Op.INSERT), r.segments().stream().map(Segment::op).toList(), "one replacement");
    assertEquals(a.toString(), oldText(r.segments()));
    assertEquals(b.toString(), newText(r.segments()));
  }
}
