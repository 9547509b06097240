package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a release's metadata — headline, publisher, byline (責任編輯, 來源, date), trailer (Ends/…,
 * Issued at HKT …) — from the blocks before its first paragraph and after its last, and drops those
 * blocks together with the site chrome around them. What lies between is the body: nothing in it is
 * dropped but the Government's trailer lines (Ends/…, Issued at HKT …, NNNN), which may have photos
 * after them. An image among the header's blocks (a logo) goes with them; an image after the last of
 * them (a lead photo) stays with its caption in the body.
 */
final class MetadataReader {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:^|[\\s【\\[(（|/])(?:責任編輯|责任编辑|編輯|编辑|記者|记者|作者|來源|来源|Editor|Source|Reporter)\\s*[:：]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EDITOR =
      Pattern.compile("(?:責任編輯|责任编辑|編輯|编辑|Editor)\\s*[:：]\\s*([^\\s【】\\[\\]()（）:：,，;；|]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE =
      Pattern.compile("(?:來源|来源|Source)\\s*[:：]\\s*([^\\s【】\\[\\]()（）,，;；|]+)", Pattern.CASE_INSENSITIVE);
  /** The Government's trailer: never article text, so dropped wherever it stands (photos may follow). */
  private static final Pattern TRAILER =
      Pattern.compile(
          "Ends\\s*/\\s*\\S.{0,40}|Issued at (?:HKT )?\\d{1,2}:\\d{2}|NNNN|香港時間\\s*\\d{1,2}\\s*時\\s*\\d{1,2}\\s*分",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？]");
  private static final Pattern OPEN_ENDING = Pattern.compile(".*[。，,；;：:、.]$");
  private static final int MAX_BYLINE_CHARS = 160;
  /** A date line says little else: "Ends/Wednesday," (13 letters) or "Issued at HKT" besides the date. */
  private static final int MAX_DATE_LINE_LETTERS = 16;
  private static final int MAX_TITLE_CHARS = 120;
  private static final int MAX_TITLE_WORDS = 30;

  private MetadataReader() {}

  /** The metadata, and the blocks between header and footer. */
  record Result(ReleaseMetadata metadata, List<Block> body) {}

  static Result read(List<Block> blocks, PageHints hints) {
    Fields f = new Fields();
    f.title = hints.title();
    f.published = hints.published() == null ? DateParts.NONE : DateParts.parseMachine(hints.published());
    int titleIndex = -1;
    int start = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String t = b.text();
      if (b.type() == Block.Type.IMAGE) {
        continue;
      }
      Optional<Publishers.Publisher> named = Publishers.find(t);
      boolean afterImage = i > 0 && blocks.get(i - 1).type() == Block.Type.IMAGE;
      if (isByline(t)) {
        f.readByline(t);
      } else if (named.isPresent()) {
        f.publisher = f.publisher != null ? f.publisher : named.get().name();
      } else if (Chrome.matches(t) || (f.title != null && sameText(t, f.title))) {
        // chrome, or the headline repeated
      } else if (f.title == null && !afterImage && isTitleLike(b)) {
        f.title = t;
        titleIndex = i;
      } else {
        break;
      }
      start = i + 1;
    }
    int end = blocks.size();
    while (end > start) {
      Block b = blocks.get(end - 1);
      String t = b.text();
      if (b.type() != Block.Type.IMAGE) {
        if (isByline(t)) {
          f.readByline(t);
        } else if (!Publishers.find(t).isPresent() && !Chrome.matches(t) && !(f.title != null && sameText(t, f.title))) {
          break;
        }
      }
      end--;
    }
    List<Block> body = new ArrayList<>();
    for (Block b : blocks.subList(start, end)) {
      if (TRAILER.matcher(b.text()).matches()) {
        f.readByline(b.text());
      } else {
        body.add(b);
      }
    }
    if (body.isEmpty() && titleIndex >= 0) {
      body = List.of(blocks.get(titleIndex));
    }
    return new Result(new ReleaseMetadata(f.title, f.publisher(hints), f.source, f.editor, f.published), body);
  }

  /** A byline or trailer: short, no sentence in it, and either labelled or (almost) only a date. */
  private static boolean isByline(String text) {
    if (text.length() > MAX_BYLINE_CHARS || SENTENCE_INSIDE.matcher(text).find()) {
      return false;
    }
    if (LABEL.matcher(text).find()) {
      return true;
    }
    DateParts d = DateParts.find(text);
    return (d.date() != null || d.time() != null)
        && DateParts.withoutDates(text).codePoints().filter(Character::isLetter).count() <= MAX_DATE_LINE_LETTERS;
  }

  private static boolean isTitleLike(Block b) {
    String t = b.text();
    if (b.type() == Block.Type.CAPTION || NumberedItem.parse(t).isPresent() || OPEN_ENDING.matcher(t).matches()) {
      return false;
    }
    if (LanguageDetector.hasHan(t)) {
      return t.codePointCount(0, t.length()) <= MAX_TITLE_CHARS;
    }
    return t.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  private static boolean sameText(String a, String b) {
    return squeeze(a).equals(squeeze(b));
  }

  private static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !Whitespace.isSpace(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The fields as they are found; the first value found for each wins. */
  private static final class Fields {
    String title;
    String publisher;
    String source;
    String editor;
    DateParts published;

    void readByline(String line) {
      Matcher m = EDITOR.matcher(line);
      if (editor == null && m.find()) {
        editor = m.group(1);
      }
      m = SOURCE.matcher(line);
      if (source == null && m.find()) {
        source = m.group(1);
      }
      published = published.or(DateParts.find(line));
    }

    /** The publisher named in the text, else the page's site name, else the source's publisher. */
    String publisher(PageHints hints) {
      if (publisher != null) {
        return publisher;
      }
      if (hints.siteName() != null) {
        return Publishers.find(hints.siteName()).map(Publishers.Publisher::name).orElse(hints.siteName());
      }
      return Publishers.find(source).map(Publishers.Publisher::name).orElse(null);
    }
  }
}
