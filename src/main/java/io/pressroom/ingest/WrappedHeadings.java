package io.pressroom.ingest;

import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins a heading printed over two lines — 「創新及」/「科技」, 「航空物流和」/「地鐵建設」,
 * "Promoting early achievement of liberalisation of" / "trade in services…" — into one: two short,
 * open-ended lines, the first ending with a joining word (及, 和, and, of …), or in English the
 * second starting in lower case or the first long enough to have been wrapped; and a paragraph of
 * text after them, as after any heading.
 */
final class WrappedHeadings {
  private static final String CHINESE_JOINERS = "及和與与、暨並并或";
  /** An English line this long before another heading line was wrapped at the page's width. */
  private static final int MIN_WRAPPED_WORDS = 5;
  private static final Set<String> ENGLISH_JOINERS = Set.of("and", "of", "the", "for", "in", "on", "with", "&", "to", "between");

  private WrappedHeadings() {}

  /** {@code blocks} with each heading wrapped over two blocks joined into one. */
  static List<Block> join(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (i + 2 < blocks.size() && wraps(b, blocks.get(i + 1)) && TextShape.opensArticle(blocks.get(i + 2).text())) {
        Block c = blocks.get(i + 1);
        String glue = ChineseScript.hasHan(b.text()) && ChineseScript.hasHan(c.text()) ? "" : " ";
        Block.Type type = b.type() == Block.Type.HEADING || c.type() == Block.Type.HEADING ? Block.Type.HEADING : Block.Type.TEXT;
        out.add(new Block(b.text() + glue + c.text(), type));
        i++;
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean wraps(Block first, Block second) {
    if (!isText(first) || !isText(second) || first.type() == Block.Type.HEADING) {
      return false;
    }
    String a = first.text();
    String b = second.text();
    if (!StructureParser.looksLikeHeading(a) || !StructureParser.looksLikeHeading(b)
        || NumberedItem.parse(a).isPresent() || NumberedItem.parse(b).isPresent()
        || !StructureParser.looksLikeHeading(a + " " + b)) {
      return false;
    }
    if (ChineseScript.hasHan(a)) {
      return CHINESE_JOINERS.indexOf(a.charAt(a.length() - 1)) >= 0;
    }
    String[] words = a.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return ENGLISH_JOINERS.contains(last) || Character.isLowerCase(b.codePointAt(0)) || words.length >= MIN_WRAPPED_WORDS;
  }

  private static boolean isText(Block b) {
    return b.type() == Block.Type.TEXT || b.type() == Block.Type.HEADING;
  }
}
