package io.pressroom.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the article out of an HTML page: its text blocks in order, plus the headline, date and site
 * name the page's markup states (in meta tags, {@code <time>}, or an element classed as the date). Navigation, headers, footers, sidebars, scripts, styles and forms
 * are removed; the article is the {@code <article>}, else the {@code <main>}, else the element
 * holding most paragraph text. Block elements, {@code <br>}, headings, list items and captions end
 * blocks; a line of {@code *****} under a block marks it as a heading, as in plain text. The walk is iterative ({@link NodeTraversor}), so no nesting depth overflows the stack.
 */
final class HtmlBlocks {
  private static final String REMOVED =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, math, button,"
          + " select, textarea, object, embed, canvas, dialog, [hidden], [aria-hidden=true]";
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot",
          "tr", "td", "th", "caption", "pre", "address", "hr", "center", "details", "summary", "body");
  /** Elements whose class or id says they hold the page's date: <span class="date">2017-11-18</span>. */
  private static final String DATE_ELEMENTS =
      "[class~=(?i)^(date|time|pubtime|pub-time|publish-time|post-date|entry-date|article-date)$], [id~=(?i)^(date|pubtime|pubdate)$]";
  private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
  /** The site name that a {@code <title>} ends with: "headline - 香港商報", "headline | Site". */
  private static final Pattern SITE_SUFFIX = Pattern.compile("(?:\\s+[-–—|]|\\s*[|｜_])\\s*([^-–—|｜_]{1,20})$");

  private HtmlBlocks() {}

  /** What a page yields: its article's blocks and the metadata its markup states. */
  record Page(List<Block> blocks, PageHints hints) {}

  static Page read(String html) {
    Document doc = Jsoup.parse(html);
    PageHints hints = new PageHints(headline(doc), published(doc), siteName(doc));
    doc.select(REMOVED).remove();
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, articleRoot(doc));
    collector.flush();
    return new Page(collector.blocks, hints);
  }

  /**
   * The headline: the article's {@code <h1>}, else og:title, else the page's first {@code <h1>},
   * else the {@code <title>} without its site name; never a publisher's name (a logo in an h1) nor
   * a section name ("Press Releases").
   */
  private static String headline(Document doc) {
    String title = text(doc.selectFirst("title"));
    List<String> candidates =
        Arrays.asList(
            text(doc.selectFirst("article h1, main h1")),
            meta(doc, "meta[property=og:title]"),
            text(doc.selectFirst("h1")),
            title == null ? null : Whitespace.trim(SITE_SUFFIX.matcher(title).replaceFirst("")),
            title);
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isEmpty() && Publishers.find(candidate).isEmpty() && !Chrome.matches(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The publication time: the article's {@code <time datetime>}, else the page's, else its meta. */
  private static String published(Document doc) {
    for (String query : List.of("article time[datetime]", "time[datetime]")) {
      Element time = doc.selectFirst(query);
      if (time != null && !time.attr("datetime").isBlank()) {
        return time.attr("datetime");
      }
    }
    String declared =
        meta(
            doc,
            "meta[property=article:published_time], meta[name=article:published_time], meta[itemprop=datePublished],"
                + " meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date], meta[name=PubDate]");
    if (declared != null) {
      return declared;
    }
    for (Element e : doc.select(DATE_ELEMENTS)) {
      String t = Whitespace.trim(e.ownText());
      if (!t.isEmpty() && Byline.isDateLine(t)) {
        return t;
      }
    }
    return null;
  }

  /** The site's name from its metadata, else a listed publisher that the {@code <title>} ends with. */
  private static String siteName(Document doc) {
    String declared = meta(doc, "meta[property=og:site_name], meta[name=application-name], meta[name=publisher]");
    if (declared != null) {
      return declared;
    }
    String title = text(doc.selectFirst("title"));
    Matcher m = title == null ? null : SITE_SUFFIX.matcher(title);
    return m != null && m.find() && Publishers.find(m.group(1)).isPresent() ? Whitespace.trim(m.group(1)) : null;
  }

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String content = Whitespace.trim(e.attr("content"));
    return content.isEmpty() ? null : content;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = Whitespace.trim(e.text());
    return t.isEmpty() ? null : t;
  }

  /** The element that holds the article. */
  private static Element articleRoot(Document doc) {
    Element best = null;
    int bestLength = -1;
    for (Element article : doc.select("article:not(article article)")) {
      int length = article.text().length();
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    return densestParagraphParent(doc);
  }

  /**
   * The element whose own {@code <p>} children hold at least half the page's text; else the body
   * (pages that lay text out with {@code <br>}, where header and footer scanning removes chrome).
   */
  private static Element densestParagraphParent(Document doc) {
    Map<Element, Integer> score = new HashMap<>();
    Elements paragraphs = doc.select("p");
    for (Element p : paragraphs) {
      if (p.parent() != null) {
        score.merge(p.parent(), p.text().length(), Integer::sum);
      }
    }
    int total = doc.body().text().length();
    Element best = null;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best != null && bestScore * 2 >= total ? best : doc.body();
  }

  /** Walks the article, cutting text into blocks at block boundaries. */
  private static final class Collector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int headingDepth;
    private int captionDepth;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode) {
        appendText(((TextNode) node).getWholeText());
      } else if (node instanceof Element) {
        String tag = ((Element) node).normalName();
        if (tag.equals("img")) {
          flush();
          blocks.add(new Block(node.attr("src"), Block.Type.IMAGE));
        } else if (tag.equals("br")) {
          flush();
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          headingDepth += HEADING_TAGS.contains(tag) ? 1 : 0;
          captionDepth += tag.equals("figcaption") ? 1 : 0;
          preDepth += tag.equals("pre") ? 1 : 0;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element) {
        String tag = ((Element) node).normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          headingDepth -= HEADING_TAGS.contains(tag) ? 1 : 0;
          captionDepth -= tag.equals("figcaption") ? 1 : 0;
          preDepth -= tag.equals("pre") ? 1 : 0;
        }
      }
    }

    private void appendText(String raw) {
      if (preDepth > 0) {
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            flush();
          }
          text.append(lines[i]);
        }
        return;
      }
      String collapsed = HTML_SPACE.matcher(raw).replaceAll(" ");
      if (collapsed.startsWith(" ") && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
        collapsed = collapsed.substring(1);
      }
      text.append(collapsed);
    }

    void flush() {
      String t = Whitespace.trim(text.toString());
      text.setLength(0);
      if (t.isEmpty()) {
        return;
      }
      int last = blocks.size() - 1;
      if (TextBlocks.isUnderline(t)) {
        if (last >= 0 && blocks.get(last).type() == Block.Type.TEXT) {
          blocks.set(last, new Block(blocks.get(last).text(), Block.Type.HEADING));
        }
        return;
      }
      Block.Type type = captionDepth > 0 ? Block.Type.CAPTION : headingDepth > 0 ? Block.Type.HEADING : Block.Type.TEXT;
      blocks.add(new Block(t, type));
    }
  }
}
