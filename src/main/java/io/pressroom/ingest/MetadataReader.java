package io.pressroom.ingest;

import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a release's metadata — headline, publisher, byline (責任編輯, 來源, date), trailer (Ends/…,
 * Issued at HKT …) — from the page's header and footer, and drops those with the site chrome around
 * them. What lies between is the body: nothing in it is dropped but the Government's trailer lines
 * (Ends/…, Issued at HKT …, NNNN), which may have photos after them, lines without a letter or
 * digit (a table's "|"), and a caption repeated right after itself. Dates of other stories listed
 * with their headlines (「標題   [2012-01-03]」) or after the editor line are never the page's.
 *
 * <p>The header is everything before the first line that reads like article text ({@link
 * TextShape#isArticleText}); the headline is chosen among it ({@link Headline}). The footer starts
 * at a line after which a page lists related stories or links ({@code page-ends.txt}) and no
 * article text follows, and takes in the chrome, bylines and trailer lines just before it. An
 * image right before the article (a lead photo) stays with its caption in the body. A page with no
 * line of article text is read line by line from the top: headline, bylines and chrome, then body.
 */
final class MetadataReader {
  private static final Pattern EDITOR =
      Pattern.compile(
          "(?:責任編輯|责任编辑|編輯|编辑|責編|责编|Editor)\\s*[:：]\\s*([^\\s【】\\[\\]()（）:：,，;；|、]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE =
      Pattern.compile("(?:來源|来源|Source)\\s*[:：]\\s*([^\\s【】\\[\\]()（）,，;；|]+)", Pattern.CASE_INSENSITIVE);
  /** The Government's trailer: never article text, so dropped wherever it stands (photos may follow). */
  private static final Pattern TRAILER =
      Pattern.compile(
          "Ends\\s*/\\s*\\S.{0,40}|Issued at (?:HKT )?\\d{1,2}:\\d{2}|NNNN|香港[時时]間\\s*\\d{1,2}\\s*[時时]\\s*\\d{1,2}\\s*分",
          Pattern.CASE_INSENSITIVE);
  /** A dated byline opening the first paragraph: "29th November 2021 – (Wuhan) The Chief Executive…". */
  private static final Pattern DATELINE =
      Pattern.compile("^\\s*(\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\s*[–—-]");
  private static final PhraseList PAGE_ENDS = PhraseList.load("page-ends.txt");
  /**
   * A headline with a date at the end of its line, bracketed or not, with a time or not — how pages
   * list related stories: 「標題      [2012-01-03]」, 「標題 【2012-01-03 10:30】」, "Title (2012/01/03)".
   */
  private static final Pattern LISTED_DATE =
      Pattern.compile("^(.*?\\S)\\s*([\\[【［(（]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?"
          + "(?:\\s+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*[\\]】］)）]?)\\s*$");
  /** A listed story's headline is a headline: this long at least. */
  private static final int MIN_LISTED_HAN = 6;
  private static final int MIN_LISTED_WORDS = 4;
  /** How many lines after a page's lead photo and caption its headline and date may stand. */
  private static final int LEAD_PHOTO_REACH = 6;
  private static final int MAX_TITLE_CHARS = 120;
  private static final int MAX_TITLE_WORDS = 30;
  /** How much of the article is compared with header lines to tell the headline. */
  private static final int ARTICLE_SAMPLE_CHARS = 3000;

  private MetadataReader() {}

  /** The metadata, and the blocks between header and footer. */
  record Result(ReleaseMetadata metadata, List<Block> body) {}

  static Result read(List<Block> blocks, PageHints hints) {
    Fields f = new Fields(hints);
    int start = articleStart(blocks);
    if (start < 0) {
      return readLineByLine(blocks, hints, f);
    }
    while (start > 0 && isImage(blocks.get(start - 1))) {
      start--;
    }
    int end = footerStart(blocks, start);
    String article = articleSample(blocks.subList(start, end));
    List<Block> header = new ArrayList<>();
    for (Block b : blocks.subList(0, start)) {
      if (b.type() != Block.Type.IMAGE) {
        header.add(b);
      }
    }
    String headline = Headline.choose(header, hints.title(), article);
    f.title = headline;
    for (Block b : header) {
      read(b.text(), f);
    }
    List<Block> body = new ArrayList<>();
    for (Block b : blocks.subList(start, end)) {
      if (b.type() != Block.Type.IMAGE && TRAILER.matcher(b.text()).matches()) {
        f.readByline(b.text());
      } else if (!isLeftover(b)) {
        body.add(b);
      }
    }
    body = withoutRepeatedCaptions(withoutRelatedLinks(body));
    boolean listsFollow = false;
    for (Block b : blocks.subList(end, blocks.size())) {
      if (b.type() != Block.Type.IMAGE && Byline.is(b.text())) {
        // After the editor line a page lists other stories: their dates are not the page's.
        f.readByline(b.text(), !listsFollow);
        listsFollow |= EDITOR.matcher(b.text()).find();
      }
    }
    if (f.published.date() == null && !body.isEmpty()) {
      Matcher m = DATELINE.matcher(body.get(0).text());
      if (m.find()) {
        f.published = f.published.or(DateParts.find(m.group(1)));
      }
    }
    if (headline == null) {
      f.title = headlineUnderLeadPhoto(body, f);
    }
    if (f.title == null && body.size() > 1 && isTitleLike(body.get(0)) && !PhotoCredits.isCaption(body.get(0).text())) {
      f.title = body.remove(0).text();
    }
    return new Result(new ReleaseMetadata(f.title, f.publisher(hints), f.source, f.editor, f.published), body);
  }

  /**
   * The headline of a page that prints its lead photo and caption above it (news.gov.hk: "Photo",
   * the caption, a section's name and blurb, then the headline and the date): a headline-shaped
   * line followed by a date line, a few lines after the captions at the top of the body; it is
   * taken out of the body with the date and the lines between the captions and it. Else null.
   */
  private static String headlineUnderLeadPhoto(List<Block> body, Fields f) {
    int k = 0;
    while (k < body.size() && (isImage(body.get(k)) || body.get(k).type() == Block.Type.CAPTION || PhotoCredits.isCaption(body.get(k).text()))) {
      k++;
    }
    if (k == 0) {
      return null;
    }
    for (int j = k; j + 1 < body.size() && j <= k + LEAD_PHOTO_REACH; j++) {
      if (Headline.isCandidate(body.get(j)) && Byline.isDateLine(body.get(j + 1).text())) {
        String title = body.get(j).text();
        f.readByline(body.get(j + 1).text());
        body.subList(k, j + 2).clear();
        return title;
      }
    }
    return null;
  }

  /**
   * {@code body} without the boxes of related stories a page sets inside its article: a page-end
   * line (延伸閱讀, 相關新聞 …) and the headlines listed after it, up to the next line of text.
   */
  private static List<Block> withoutRelatedLinks(List<Block> body) {
    List<Block> out = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      if (b.type() != Block.Type.IMAGE && PAGE_ENDS.matchesWhole(b.text())) {
        int j = i + 1;
        while (j < body.size() && body.get(j).type() != Block.Type.IMAGE && isListedHeadline(body.get(j).text())) {
          j++;
        }
        if (j > i + 1 && j < body.size()) {
          i = j - 1;
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  /**
   * {@code body} with a caption printed twice in a row (a page's photo caption repeated under it, as
   * a text extraction gives it) kept once. Only the very same text right after itself is dropped.
   */
  private static List<Block> withoutRepeatedCaptions(List<Block> body) {
    List<Block> out = new ArrayList<>(body.size());
    for (Block b : body) {
      Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean repeated = previous != null && b.type() != Block.Type.IMAGE && previous.type() != Block.Type.IMAGE
          && sameText(b.text(), previous.text())
          && (PhotoCredits.isCaption(b.text()) || b.type() == Block.Type.CAPTION);
      if (!repeated) {
        out.add(b);
      }
    }
    return out;
  }

  /** A line of a list of related stories: a headline, bulleted or not; never a sentence. */
  private static boolean isListedHeadline(String t) {
    String line = NumberedItem.parse(t).map(NumberedItem::body).orElse(t);
    return !TextShape.isArticleText(line) && !TextShape.endsOpen(line);
  }

  /** The first block that reads like article text, or -1. */
  private static int articleStart(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.type() == Block.Type.IMAGE) {
        continue;
      }
      String t = b.text();
      if (!Chrome.matches(t) && !Byline.is(t) && Publishers.find(t).isEmpty() && TextShape.opensArticle(t)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the footer starts: at the first page-end line (related stories, previous/next links)
   * that no article text follows, or at the end; or before that, at the first chrome, byline,
   * trailer or image line among the lines after the article's last line of text (what follows such
   * a line — site sections, licence numbers — is footer too; short lines before it are kept). A
   * line there that repeats a line of the page's header (a site's brand line printed above and
   * below the story) is such a line too.
   */
  private static int footerStart(List<Block> blocks, int start) {
    int end = blocks.size();
    for (int i = blocks.size() - 1; i > start; i--) {
      Block b = blocks.get(i);
      if (b.type() == Block.Type.IMAGE) {
        continue;
      }
      String t = b.text();
      if (PAGE_ENDS.matchesWhole(t)) {
        end = i;
      } else if (TextShape.isArticleText(t) && !Chrome.matches(t) && !Byline.is(t)) {
        break;
      }
    }
    int run = end;
    while (run > start + 1 && !isArticleLine(blocks.get(run - 1))) {
      run--;
    }
    Set<String> header = new HashSet<>();
    for (Block b : blocks.subList(0, start)) {
      header.add(b.text());
    }
    for (int i = run; i < end; i++) {
      if (isFooterLine(blocks.get(i)) || header.contains(blocks.get(i).text())) {
        return i;
      }
    }
    return end;
  }

  private static boolean isArticleLine(Block b) {
    String t = b.text();
    return b.type() != Block.Type.IMAGE && TextShape.isArticleText(t) && !Chrome.matches(t) && !Byline.is(t);
  }

  private static boolean isFooterLine(Block b) {
    String t = b.text();
    return b.type() == Block.Type.IMAGE || Byline.is(t) || Chrome.matches(t) || Publishers.find(t).isPresent()
        || TRAILER.matcher(t).matches();
  }

  private static String articleSample(List<Block> body) {
    StringBuilder b = new StringBuilder();
    for (Block block : body) {
      if (b.length() > ARTICLE_SAMPLE_CHARS) {
        break;
      }
      b.append(block.text()).append('\n');
    }
    return b.toString();
  }

  private static void read(String t, Fields f) {
    if (Byline.is(t)) {
      f.readByline(t);
      Publishers.inByline(t).ifPresent(p -> f.publisher = f.publisher != null ? f.publisher : p.name());
    } else {
      Publishers.find(t).ifPresent(p -> f.publisher = f.publisher != null ? f.publisher : p.name());
    }
  }

  /** A line with no letter, digit or Chinese character — a table's "|", a rule — holds no text. */
  private static boolean isLeftover(Block b) {
    return b.type() != Block.Type.IMAGE && b.text().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static boolean isImage(Block b) {
    return b.type() == Block.Type.IMAGE || PhotoCredits.isImageMarker(b.text());
  }

  /**
   * A page without a line of article text, read from the top: bylines, publisher names, chrome and
   * the headline, until the first other line; then from the bottom over bylines and chrome.
   */
  private static Result readLineByLine(List<Block> blocks, PageHints hints, Fields f) {
    int titleIndex = -1;
    int start = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String t = b.text();
      if (b.type() == Block.Type.IMAGE) {
        continue;
      }
      boolean afterImage = i > 0 && blocks.get(i - 1).type() == Block.Type.IMAGE;
      if (Byline.is(t)) {
        f.readByline(t);
      } else if (Publishers.find(t).isPresent()) {
        f.publisher = f.publisher != null ? f.publisher : Publishers.find(t).get().name();
      } else if (Chrome.matches(t) || (f.title != null && (sameText(t, f.title) || Headline.labels(t, f.title)))) {
        // chrome, or the headline repeated (with a site or place name or without)
      } else if (f.title != null && Headline.labels(f.title, t)) {
        f.title = t; // the plain headline after its copy with a site or place name
        titleIndex = i;
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
        if (Byline.is(t)) {
          f.readByline(t);
        } else if (Publishers.find(t).isEmpty() && !Chrome.matches(t) && !(f.title != null && sameText(t, f.title))) {
          break;
        }
      }
      end--;
    }
    List<Block> body = new ArrayList<>();
    for (Block b : blocks.subList(start, end)) {
      if (TRAILER.matcher(b.text()).matches()) {
        f.readByline(b.text());
      } else if (!isLeftover(b)) {
        body.add(b);
      }
    }
    if (body.isEmpty() && titleIndex >= 0) {
      body = List.of(blocks.get(titleIndex));
    }
    return new Result(new ReleaseMetadata(f.title, f.publisher(hints), f.source, f.editor, f.published), body);
  }

  private static boolean isTitleLike(Block b) {
    String t = b.text();
    if (b.type() == Block.Type.CAPTION || b.type() == Block.Type.IMAGE || !Headline.hasLetter(t) || NumberedItem.parse(t).isPresent()
        || TextShape.endsOpen(t)) {
      return false;
    }
    if (ChineseScript.hasHan(t)) {
      return t.codePointCount(0, t.length()) <= MAX_TITLE_CHARS;
    }
    return t.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  private static boolean sameText(String a, String b) {
    return Headline.squeeze(a).equals(Headline.squeeze(b));
  }

  /** The fields as they are found; the first value found for each wins. */
  private static final class Fields {
    String title;
    String publisher;
    String source;
    String editor;
    DateParts published;

    Fields(PageHints hints) {
      title = hints.title();
      published = hints.published() == null ? DateParts.NONE : DateParts.parseMachine(hints.published());
    }

    void readByline(String line) {
      readByline(line, true);
    }

    /** The editor, source and (if {@code dated}) date of a byline; never the date of another story listed. */
    void readByline(String line, boolean dated) {
      Matcher m = EDITOR.matcher(line);
      if (editor == null && m.find()) {
        editor = m.group(1);
      }
      m = SOURCE.matcher(line);
      if (source == null && m.find()) {
        source = m.group(1);
      }
      if (dated && !listsAnotherStory(line)) {
        published = published.or(DateParts.find(line));
      }
    }

    /**
     * Whether a dated line is an entry of a list of stories — a headline with its date after it,
     * 「某某出席合作會議      [2012-01-03]」 — other than this page's own headline.
     */
    boolean listsAnotherStory(String line) {
      Matcher m = LISTED_DATE.matcher(DateParts.halfWidth(line));
      if (!m.find()) {
        return false;
      }
      String story = Whitespace.trim(m.group(1));
      Block b = new Block(story, Block.Type.TEXT);
      boolean headline = TextShape.chinese(story) ? TextShape.han(story) >= MIN_LISTED_HAN : TextShape.words(story) >= MIN_LISTED_WORDS;
      return headline && Headline.isCandidate(b) && DateParts.find(story).date() == null && !(title != null && sameText(story, title));
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
