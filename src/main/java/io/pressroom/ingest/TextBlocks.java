package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text release into blocks. Releases scraped from the web have one paragraph a line;
 * those written for e-mail are hard-wrapped at a fixed width, and their wrapped lines are joined
 * back into paragraphs (without a space between Chinese characters). A line of {@code *****},
 * {@code -----}, {@code =====} or {@code ——} right under a line, about as long as it, marks that
 * line as a heading (the Hong Kong Government underlines its titles and area headings so) and is
 * dropped; an image file name alone on a line (42.jpg) is an image.
 */
final class TextBlocks {
  private static final Pattern UNDERLINE = Pattern.compile("[*=_~\\-—─━＊]{3,}|[—─━]{2}");
  private static final Pattern IMAGE_FILE =
      Pattern.compile("\\S{1,200}\\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|heic|avif)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*•·‧▪]|[(（][^)）]{1,6}[)）]|\\d{1,3}[.、)])\\s*\\S.*");
  /** Lines within this many columns of the longest line count as filled to the wrap width. */
  private static final int WRAP_SLACK = 15;
  /** A file whose longest line is wider than this is not hard-wrapped. */
  private static final int MAX_WRAP_WIDTH = 100;

  private TextBlocks() {}

  static List<Block> split(String text) {
    String[] lines = text.split("\n", -1);
    int wrapWidth = wrapWidth(lines);
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = null;
    String previous = null;
    for (String line : lines) {
      String t = Whitespace.trim(line);
      if (t.isEmpty()) {
        paragraph = close(paragraph, blocks);
        previous = null;
        continue;
      }
      if (isUnderline(t)) {
        boolean underlines = previous != null && t.length() * 2 >= width(paragraph.toString());
        paragraph = close(paragraph, blocks);
        previous = null;
        if (underlines) {
          int last = blocks.size() - 1;
          blocks.set(last, new Block(blocks.get(last).text(), Block.Type.HEADING));
        }
        continue;
      }
      if (IMAGE_FILE.matcher(t).matches()) {
        paragraph = close(paragraph, blocks);
        previous = null;
        blocks.add(new Block(t, Block.Type.IMAGE));
        continue;
      }
      if (paragraph != null && continues(previous, line, t, wrapWidth)) {
        paragraph.append(joiner(paragraph, t)).append(t);
      } else {
        paragraph = close(paragraph, blocks);
        paragraph = new StringBuilder(t);
      }
      previous = line;
    }
    close(paragraph, blocks);
    return blocks;
  }

  /** Whether {@code line} is a rule of *, =, - or the like, drawn under a title or heading. */
  static boolean isUnderline(String line) {
    return UNDERLINE.matcher(line).matches();
  }

  private static StringBuilder close(StringBuilder paragraph, List<Block> blocks) {
    if (paragraph != null) {
      blocks.add(new Block(paragraph.toString(), Block.Type.TEXT));
    }
    return null;
  }

  /** Whether {@code line} continues the paragraph of the line before it (a hard wrap). */
  private static boolean continues(String previous, String line, String trimmed, int wrapWidth) {
    return wrapWidth > 0
        && width(Whitespace.trim(previous)) >= wrapWidth - WRAP_SLACK
        && !Whitespace.isSpace(line.codePointAt(0))
        && !LIST_ITEM.matcher(trimmed).matches();
  }

  /**
   * The width the file is hard-wrapped at, or 0 if it is not: its lines are short, and most lines
   * that another line follows are filled close to the longest.
   */
  private static int wrapWidth(String[] lines) {
    int max = 0;
    for (String line : lines) {
      max = Math.max(max, width(Whitespace.trim(line)));
    }
    if (max > MAX_WRAP_WIDTH || max < 40) {
      return 0;
    }
    int followed = 0;
    int filled = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      if (!Whitespace.isBlank(lines[i]) && !Whitespace.isBlank(lines[i + 1])) {
        followed++;
        if (width(Whitespace.trim(lines[i])) >= max - WRAP_SLACK) {
          filled++;
        }
      }
    }
    return followed >= 2 && filled * 2 >= followed ? max : 0;
  }

  /** Display width in columns: CJK characters take two. */
  private static int width(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static String joiner(CharSequence before, String after) {
    int last = Character.codePointBefore(before, before.length());
    return isWide(last) && isWide(after.codePointAt(0)) ? "" : " ";
  }

  private static boolean isWide(int cp) {
    return LanguageDetector.isHan(cp)
        || (cp >= 0x3000 && cp <= 0x30FF)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xAC00 && cp <= 0xD7AF);
  }
}
