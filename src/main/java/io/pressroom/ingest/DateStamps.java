package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits off the date stamp that some sites' text extractions glue in front of a line — "date
 * 2023-03-22 Hong Kong, Guangdong sign…" — so that the stamp is read as the page's date and the
 * rest (a headline, a caption, a lead paragraph) keeps its own role.
 */
final class DateStamps {
  private static final Pattern STAMP = Pattern.compile("(?i)(date\\s+\\d{4}-\\d{1,2}-\\d{1,2})\\s+(\\S.*)", Pattern.DOTALL);

  private DateStamps() {}

  /** {@code blocks} with each glued stamp as a block of its own before the rest of its line. */
  static List<Block> split(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size() + 1);
    for (Block b : blocks) {
      Matcher m = b.type() == Block.Type.IMAGE ? null : STAMP.matcher(b.text());
      if (m != null && m.matches()) {
        out.add(new Block(m.group(1), Block.Type.TEXT));
        out.add(new Block(m.group(2), b.type()));
      } else {
        out.add(b);
      }
    }
    return out;
  }
}
