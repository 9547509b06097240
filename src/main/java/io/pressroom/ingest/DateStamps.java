package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits off the date stamp that some sites' text extractions glue in front of a line — "date
 * 2023-03-22 Hong Kong, Guangdong sign…" — so that the stamp is read as the page's date and the
 * rest (a headline, a caption, a lead paragraph) keeps its own role; and splits the site's address
 * off the stamp printed beside it at the top of a page — 「http://news.example.com   [2012-01-05]
 * 我要評論」, 「www.example.com 【2012年1月5日 10:30】」, "[2012/01/05] news.example.com" — so that
 * the rest is a date line ({@link Byline#isDateLine}) however long the address.
 */
final class DateStamps {
  private static final Pattern STAMP = Pattern.compile("(?i)(date\\s+\\d{4}-\\d{1,2}-\\d{1,2})\\s+(\\S.*)", Pattern.DOTALL);
  /** A site's address: http://news.example.com/…, www.example.com.hk, news.example.com. */
  private static final String ADDRESS =
      "(?:https?://\\S+|(?:[a-z0-9-]+\\.)+(?:com|net|org|gov|edu|info|cn|hk|mo|tw|sg|uk)(?:\\.[a-z]{2})?(?:/\\S*)?)";
  private static final Pattern ADDRESS_FIRST = Pattern.compile("(?i)(" + ADDRESS + ")\\s+(\\S.*)", Pattern.DOTALL);
  /** An address and a stamp make a short line; longer blocks are not tried. */
  private static final int MAX_STAMP_LINE = 160;
  private static final Pattern ADDRESS_LAST = Pattern.compile("(?i)(.*\\S)\\s+(" + ADDRESS + ")", Pattern.DOTALL);

  private DateStamps() {}

  /**
   * {@code blocks} with each glued stamp as a block of its own before the rest of its line, and
   * each site address printed beside a date as a block of its own.
   */
  static List<Block> split(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size() + 1);
    for (Block b : blocks) {
      if (b.type() == Block.Type.IMAGE) {
        out.add(b);
        continue;
      }
      Matcher m = STAMP.matcher(b.text());
      if (m.matches()) {
        out.add(new Block(m.group(1), Block.Type.TEXT));
        out.add(new Block(m.group(2), b.type()));
      } else if (b.text().length() > MAX_STAMP_LINE) {
        out.add(b);
      } else if ((m = ADDRESS_FIRST.matcher(b.text())).matches() && isDated(m.group(2))) {
        out.add(new Block(m.group(1), Block.Type.TEXT));
        out.add(new Block(m.group(2), Block.Type.TEXT));
      } else if ((m = ADDRESS_LAST.matcher(b.text())).matches() && isDated(m.group(1))) {
        out.add(new Block(m.group(1), Block.Type.TEXT));
        out.add(new Block(m.group(2), Block.Type.TEXT));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /** Whether {@code text} is a date line with a day in it, not just a time. */
  private static boolean isDated(String text) {
    return Byline.isDateLine(text) && DateParts.find(text).date() != null;
  }
}
