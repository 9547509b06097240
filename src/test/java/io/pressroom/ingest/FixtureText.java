package io.pressroom.ingest;

import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Paragraph;
import io.pressroom.text.ChineseScript;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the fixtures' expectations are compared with what the parser made, written independently of
 * the parser: text trimmed as the fixture README says, pinyin annotations removed (會(huì)議 → 會議),
 * list numbers taken off headings, dates compared to the precision the fixture states.
 */
final class FixtureText {
  private static final Pattern PINYIN =
      Pattern.compile("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\)");
  private static final Pattern HEADING_NUMBER =
      Pattern.compile("^(?:[(（]\\s*[一二三四五六七八九十0-9０-９]{1,3}\\s*[)）]|[一二三四五六七八九十]{1,3}\\s*[、.．]|[0-9０-９]{1,2}\\s*[.、．)]|[①-⑳])\\s*");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HASH_ID = Pattern.compile("(?:area-)?[0-9a-f]{6,}");
  private static final String SPACE = " \u3000\u00A0\t";
  /** Chrome lines with fewer letters and digits than this are checked as whole paragraphs only. */
  private static final int MIN_CONTAINED_CHROME = 10;

  private FixtureText() {}

  /** {@code s} without pinyin annotations and outer spaces. */
  static String plain(String s) {
    return s == null ? null : trim(PINYIN.matcher(s).replaceAll(""));
  }

  /** Whether a paragraph's text starts with the fixture's prefix. */
  static boolean startsWith(Paragraph p, String prefix) {
    return plain(p.text()).startsWith(plain(prefix));
  }

  /** A heading as the fixtures write sections: without its list number, spaces or pinyin. */
  static String heading(String section) {
    if (section == null) {
      return null;
    }
    return squeeze(HEADING_NUMBER.matcher(plain(section)).replaceFirst(""));
  }

  /** Whether the page's own date, as the fixture states it (or its absence), is what was parsed. */
  static boolean sameDate(String expected, OffsetDateTime actual) {
    if (expected == null) {
      return actual == null;
    }
    if (actual == null) {
      return false;
    }
    if (expected.length() == 10) {
      return LocalDate.parse(expected).equals(actual.toLocalDate());
    }
    return OffsetDateTime.parse(expected).equals(actual);
  }

  /** Whether the chrome line stands in a paragraph: as the whole text, or inside it when it is long enough to tell. */
  static boolean leaks(String chrome, List<Paragraph> paragraphs) {
    String c = plain(chrome);
    boolean distinctive = c.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_CONTAINED_CHROME;
    for (Paragraph p : paragraphs) {
      String t = plain(p.text());
      if (t.equals(c) || (distinctive && t.contains(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause's area is the expected one: the taxonomy's id, or for {@code null} an area
   * outside the taxonomy whose id is read off its heading's Simplified text (no hash).
   */
  static boolean sameArea(String expectedId, String section, Area actual) {
    if (actual == null) {
      return false;
    }
    if (expectedId != null) {
      return expectedId.equals(actual.id());
    }
    return !AreaTaxonomy.standard().isListed(actual) && readableId(actual, section);
  }

  /** Whether an unlisted area's id is its heading's Simplified text, lower-cased, punctuation as '-'. */
  static boolean readableId(Area area, String section) {
    String id = area.id();
    if (HASH_ID.matcher(id).matches()) {
      return false;
    }
    String heading = heading(section);
    String expected = NOT_WORD.matcher(ChineseScript.toSimplified(heading).toLowerCase(Locale.ROOT)).replaceAll("");
    return NOT_WORD.matcher(id).replaceAll("").equals(expected);
  }

  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(cp -> SPACE.indexOf(cp) < 0 && !Character.isWhitespace(cp)).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (SPACE.indexOf(s.charAt(start)) >= 0 || Character.isWhitespace(s.charAt(start)))) {
      start++;
    }
    while (end > start && (SPACE.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(start, end);
  }
}
