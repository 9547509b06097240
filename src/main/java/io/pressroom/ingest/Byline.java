package io.pressroom.ingest;

import java.util.regex.Pattern;

/**
 * A byline, date line or trailer: short, no sentence in it, and either labelled (責任編輯:, 來源:,
 * 发布时间:, Source: …) or (almost) only a date — 「2021年8月30日」, "2021 08/ 30 22:34:15",
 * "June 28, 2023 by Press Desk", 「香港時間19時30分」. Such lines carry the page's own date, source
 * and editor; they are never article text.
 */
final class Byline {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:^|[\\s【\\[(（|/•])(?:(?:責任編輯|责任编辑|編輯|编辑|責編|责编|記者|记者|作者|撰文|來源|来源|稿件來源|稿件来源"
              + "|發布時間|发布时间|發佈日期|发布日期|發佈時間|發布日期|更新時間|更新时间|時間|时间|日期|出版|更新|審核|审核"
              + "|Editor|Source|Reporter|Last updated|Updated|Published)\\s*[:：]"
              + "|(?:記者|记者|作者)\\s+\\S)|^(?:Posted on|Published|Updated|By)\\s+\\S",
          Pattern.CASE_INSENSITIVE);
  /** A reporter's name alone after the label: 「記者張駿孟群舒」. */
  private static final Pattern REPORTERS = Pattern.compile("^(?:記者|记者|撰文|作者)\\s*[:：]?\\s*[\\p{IsHan}\\s、,，]{2,8}$");
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？]");
  private static final int MAX_CHARS = 160;
  /** A date line says little else: "Ends/Wednesday," (13 letters) or "Issued at HKT" besides the date. */
  private static final int MAX_DATE_LINE_LETTERS = 16;

  private Byline() {}

  /** Whether {@code text} is a byline, date line or trailer. */
  static boolean is(String text) {
    if (text.length() > MAX_CHARS || SENTENCE_INSIDE.matcher(text).find()) {
      return false;
    }
    if ((LABEL.matcher(text).find() || REPORTERS.matcher(text).matches()) && !TextShape.endsSentence(text)) {
      return true;
    }
    return isDateLine(text);
  }

  /** Whether {@code text} is (almost) only a date. */
  static boolean isDateLine(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    DateParts d = DateParts.find(text);
    return (d.date() != null || d.time() != null)
        && DateParts.withoutDates(text).codePoints().filter(Character::isLetter).count() <= MAX_DATE_LINE_LETTERS;
  }
}
