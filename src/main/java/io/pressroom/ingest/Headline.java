package io.pressroom.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks a page's headline among the lines of its header — the lines before the article's first
 * paragraph — where it stands among chrome: skip links, site names, section labels, switches,
 * bylines, subtitles. The headline is the line the page marks as one (underlined, or the HTML
 * headline); else the line that looks most like one: long enough, about what the article says, and
 * followed by the byline or date; the earliest wins a tie. A headline printed over two lines right
 * before the article is joined with a space. A copy of a nearby candidate with a site or place name
 * and a separator before or after it ("Hong Kong – Headline" over "Headline") is never the headline:
 * the plain line is; a line is never joined with its own copy.
 */
final class Headline {
  private static final int MAX_HAN = 120;
  private static final int MAX_WORDS = 30;
  private static final int MIN_HAN = 8;
  private static final int MIN_WORDS = 4;
  /** Share of a candidate's words (or character pairs) the article repeats for it to be "about" it. */
  private static final double ABOUT_THE_ARTICLE = 0.4;
  /** How many header lines after a candidate may stand before its byline or date. */
  private static final int BYLINE_REACH = 2;
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]{2,}");
  private static final Pattern GLUED_SHARE = Pattern.compile("(?<=\\S)\\s*(分享到?|Share)\\s*[:：]\\s*$");
  /** How many header lines apart a headline and its copy with a site or place name may stand. */
  private static final int COPY_REACH = 3;
  /** The words a site or place name added to a headline's copy may have at most. */
  private static final int MAX_LABEL_WORDS = 5;
  private static final int MAX_LABEL_HAN = 12;
  /** What parts a site or place name from the headline: "Hong Kong – ", "香港 - ", "Site | ". */
  private static final String LABEL_SEPARATOR = "\\s*[–—\\-|｜_:：·]+\\s*";
  private static final Pattern LABEL_BEFORE = Pattern.compile("(\\S.*?)" + LABEL_SEPARATOR);
  private static final Pattern LABEL_AFTER = Pattern.compile(LABEL_SEPARATOR + "(.*\\S)");

  private Headline() {}

  /**
   * The headline among {@code header}, or null.
   *
   * @param header the page's lines before the article
   * @param hint the headline the page's markup states, or null
   * @param article the article's text, to tell which line is about it
   */
  static String choose(List<Block> header, String hint, String article) {
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < header.size(); i++) {
      Block b = header.get(i);
      String following = i + 1 < header.size() ? header.get(i + 1).text() : article;
      if (!isCandidate(b) || titlesCaption(text(b), following) || labelledCopy(header, i)) {
        continue;
      }
      if (b.type() == Block.Type.HEADING || (hint != null && squeeze(hint).equals(squeeze(text(b))))) {
        return text(b);
      }
      int score = score(header, i, article);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return hint;
    }
    String title = text(header.get(best));
    int next = best + 1;
    if (next == header.size() - 1 && isCandidate(header.get(next)) && longEnough(text(header.get(next)))
        && about(text(header.get(next)), article) && !sameHeadline(title, text(header.get(next)))) {
      title = title + " " + text(header.get(next));
    }
    return title;
  }

  /**
   * Whether a header line could be the headline: title-shaped, with a letter or Chinese character
   * in it (never a table's leftover "|" or a rule), and not chrome, byline or name.
   */
  static boolean isCandidate(Block b) {
    String t = text(b);
    if (b.type() == Block.Type.IMAGE || b.type() == Block.Type.CAPTION || !hasLetter(t)) {
      return false;
    }
    if (Chrome.matches(t) || Publishers.find(t).isPresent() || Byline.is(t) || PhotoCredits.isImageMarker(t)
        || NumberedItem.parse(t).isPresent() || TextShape.endsOpen(t)) {
      return false;
    }
    return TextShape.chinese(t) ? TextShape.han(t) <= MAX_HAN : TextShape.words(t) <= MAX_WORDS;
  }

  /**
   * Whether header line {@code i} is a copy of a nearby candidate with a site or place name put
   * before or after it ("Hong Kong – Headline" above or below "Headline", "香港 - 標題", "標題 | 某網"):
   * then the plain line is the headline.
   */
  private static boolean labelledCopy(List<Block> header, int i) {
    String t = text(header.get(i));
    for (int j = Math.max(0, i - COPY_REACH); j < header.size() && j <= i + COPY_REACH; j++) {
      if (j != i && isCandidate(header.get(j)) && labels(t, text(header.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} is {@code headline} with a short label and a separator before or after it:
   * "Hong Kong – CS co-chairs the conference" for "CS co-chairs the conference".
   */
  static boolean labels(String line, String headline) {
    String l = squeezeSpaces(line);
    String h = squeezeSpaces(headline);
    if (h.isEmpty() || l.length() <= h.length() || !longEnough(h)) {
      return false;
    }
    String label;
    if (l.endsWith(h)) {
      var m = LABEL_BEFORE.matcher(l.substring(0, l.length() - h.length()));
      if (!m.matches()) {
        return false;
      }
      label = m.group(1);
    } else if (l.startsWith(h)) {
      var m = LABEL_AFTER.matcher(l.substring(h.length()));
      if (!m.matches()) {
        return false;
      }
      label = m.group(1);
    } else {
      return false;
    }
    return hasLetter(label) && (TextShape.chinese(label) ? TextShape.han(label) <= MAX_LABEL_HAN : TextShape.words(label) <= MAX_LABEL_WORDS);
  }

  /** Whether two header lines print the same headline, once plainly and once with a label, or twice. */
  private static boolean sameHeadline(String a, String b) {
    return squeeze(a).equals(squeeze(b)) || labels(a, b) || labels(b, a);
  }

  private static String squeezeSpaces(String s) {
    return Whitespace.trim(s).replaceAll("\\s+", " ");
  }

  /** Whether a line is the title of the photo caption after it: "Harbour partners" / "Harbour partners:  The …". */
  private static boolean titlesCaption(String line, String following) {
    return following.length() > line.length() + 1 && following.startsWith(line)
        && (following.charAt(line.length()) == ':' || following.charAt(line.length()) == '：');
  }

  private static int score(List<Block> header, int i, String article) {
    String t = text(header.get(i));
    int score = 0;
    if (longEnough(t)) {
      score += 1;
    }
    if (about(t, article)) {
      score += 2;
    }
    boolean byline = followedByByline(header, i);
    boolean repeated = false;
    for (int j = 0; j < header.size(); j++) {
      if (j == i) {
        continue;
      }
      String other = text(header.get(j));
      // A copy of the line with a site or place name lends it its place: repeated, over the byline.
      boolean labelledCopy = labels(other, t);
      if (squeeze(other).equals(squeeze(t)) || labelledCopy) {
        repeated = true;
        byline |= labelledCopy && followedByByline(header, j);
      }
    }
    if (byline) {
      score += 2;
    }
    if (repeated) {
      score += 2;
    }
    return score;
  }

  private static boolean longEnough(String t) {
    return TextShape.chinese(t) ? TextShape.han(t) >= MIN_HAN : TextShape.words(t) >= MIN_WORDS;
  }

  private static boolean followedByByline(List<Block> header, int i) {
    for (int j = i + 1; j < header.size() && j <= i + BYLINE_REACH; j++) {
      if (Byline.is(header.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether most of a line's character pairs (Chinese) or words (English) recur in the article. */
  static boolean about(String line, String article) {
    if (article.isEmpty()) {
      return false;
    }
    int total = 0;
    int found = 0;
    if (TextShape.chinese(line)) {
      String simplified = io.pressroom.text.ChineseScript.toSimplified(article);
      String l = io.pressroom.text.ChineseScript.toSimplified(line);
      for (int k = 0; k + 1 < l.length(); k++) {
        if (LanguageDetector.isHan(l.charAt(k)) && LanguageDetector.isHan(l.charAt(k + 1))) {
          total++;
          if (simplified.contains(l.substring(k, k + 2))) {
            found++;
          }
        }
      }
    } else {
      Set<String> words = new HashSet<>();
      var m = LATIN_WORD.matcher(article.toLowerCase(Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
      m = LATIN_WORD.matcher(line.toLowerCase(Locale.ROOT));
      while (m.find()) {
        total++;
        if (words.contains(m.group())) {
          found++;
        }
      }
    }
    return total > 0 && found >= total * ABOUT_THE_ARTICLE;
  }

  /** A header line's text without a share widget glued to its end (「…合作會議分享到:」). */
  private static String text(Block b) {
    return Whitespace.trim(GLUED_SHARE.matcher(b.text()).replaceFirst(""));
  }

  /** Whether {@code s} holds a letter or a Chinese character: a headline does, separators do not. */
  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !Whitespace.isSpace(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
