package io.pressroom.ingest;

import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.model.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the structure of a release's body — headings, captions, cooperation-area clauses, the list
 * of signed documents — from the shape of its text, not from a list of known lines, so that other
 * releases of the same family are read alike and an unfamiliar one comes out as plain body text.
 *
 * <ul>
 *   <li>A <b>heading</b> is a short block (≤ 25 characters of Chinese, ≤ 12 English words) with no
 *       sentence-final punctuation, or a block the markup calls a heading, that a non-heading
 *       paragraph follows. Headings are not paragraphs: their text is the {@code section} of the
 *       paragraphs under them.
 *   <li>A <b>caption</b> is the block after an image, or an HTML {@code <figcaption>}.
 *   <li>An <b>agreement</b> is a numbered item ((一), (1)) that starts with a 《title》 or follows a
 *       paragraph that speaks of signing; other numbered items are ordinary paragraphs.
 *   <li>The <b>areas section</b> starts at a heading the {@link AreaTaxonomy} knows (a release needs
 *       two such headings to have one). Its headings are areas, known or not; the paragraphs under
 *       them are clauses. It ends where the list of signed documents begins: at a heading whose next
 *       paragraph introduces the list (兩地簽署20份合作文件), or at the introducing paragraph itself.
 *       Captions inside it stay captions, without an area.
 * </ul>
 * Everything else is body; no text is dropped.
 */
final class StructureParser {
  private static final int MAX_HEADING_HAN = 25;
  private static final int MAX_HEADING_WORDS = 12;
  private static final int MAX_HEADING_CHARS = 100;
  private static final int MIN_KNOWN_AREAS = 2;
  private static final String SENTENCE_END = "。！？；：.;:!?，,、…";
  private static final String CLOSERS = "」』”’\"')）]》";
  /** A list number before a heading: 一、 1. 1、 */
  private static final Pattern HEADING_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、])\\s*");

  private final AreaTaxonomy taxonomy;

  StructureParser(AreaTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<ParagraphDraft> parse(List<Block> blocks) {
    Roles r = new Roles(blocks);
    List<ParagraphDraft> drafts = new ArrayList<>();
    String section = null;
    Area area = null;
    boolean inAreas = false;
    for (int i = 0; i < r.n; i++) {
      if (r.image[i]) {
        continue;
      }
      String text = blocks.get(i).text();
      if (r.heading[i]) {
        section = text;
        Optional<Area> known = knownArea(text);
        if (r.startsDocuments(i)) {
          inAreas = false;
          area = null;
        } else if (known.isPresent() && r.knownAreaHeadings >= MIN_KNOWN_AREAS) {
          inAreas = true;
          area = known.get();
        } else {
          area = inAreas ? taxonomy.forHeading(withoutNumber(text)) : null;
        }
        continue;
      }
      if (inAreas && (r.agreement[i] || r.introducesDocuments(i))) {
        inAreas = false;
        area = null;
        section = null;
      }
      Kind kind;
      if (r.caption[i]) {
        kind = Kind.CAPTION;
      } else if (r.agreement[i]) {
        kind = Kind.AGREEMENT;
      } else if (inAreas) {
        kind = Kind.CLAUSE;
      } else {
        kind = Kind.BODY;
      }
      drafts.add(
          new ParagraphDraft(
              text,
              kind,
              section,
              kind == Kind.CLAUSE ? area : null,
              kind == Kind.AGREEMENT ? AgreementParser.parse(r.item.get(i)) : null));
    }
    return drafts;
  }

  private Optional<Area> knownArea(String text) {
    return taxonomy.resolve(withoutNumber(text));
  }

  private static String withoutNumber(String heading) {
    return HEADING_NUMBER.matcher(heading).replaceFirst("");
  }

  /** Whether a block is short enough and open-ended enough to be a heading. */
  private static boolean looksLikeHeading(String text) {
    if (text.isEmpty() || NumberedItem.parse(text).isPresent()) {
      return false;
    }
    int end = text.length();
    while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0) {
      return false;
    }
    if (LanguageDetector.hasHan(text)) {
      return text.codePointCount(0, text.length()) <= MAX_HEADING_HAN;
    }
    return text.length() <= MAX_HEADING_CHARS && text.split("\\s+").length <= MAX_HEADING_WORDS;
  }

  /** The role of every block, decided before the walk that assigns sections and areas. */
  private final class Roles {
    final int n;
    final boolean[] image;
    final boolean[] caption;
    final boolean[] heading;
    final boolean[] agreement;
    final List<NumberedItem> item = new ArrayList<>();
    final int[] next;
    int knownAreaHeadings;

    Roles(List<Block> blocks) {
      n = blocks.size();
      image = new boolean[n];
      caption = new boolean[n];
      heading = new boolean[n];
      agreement = new boolean[n];
      next = new int[n];
      boolean[] candidate = new boolean[n];
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        item.add(NumberedItem.parse(b.text()).orElse(null));
        image[i] = b.type() == Block.Type.IMAGE;
        caption[i] =
            b.type() == Block.Type.CAPTION
                || (b.type() == Block.Type.TEXT && i > 0 && image[i - 1] && item.get(i) == null && knownArea(b.text()).isEmpty());
        candidate[i] =
            !image[i] && !caption[i] && item.get(i) == null && (b.type() == Block.Type.HEADING || looksLikeHeading(b.text()));
      }
      int following = -1;
      for (int i = n - 1; i >= 0; i--) {
        next[i] = following;
        if (!image[i]) {
          following = i;
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        heading[i] = candidate[i] && next[i] >= 0 && !heading[next[i]];
        if (heading[i] && knownArea(blocks.get(i).text()).isPresent()) {
          knownAreaHeadings++;
        }
      }
      boolean introSpeaksOfSigning = false;
      for (int i = 0; i < n; i++) {
        NumberedItem it = item.get(i);
        if (it == null && !image[i]) {
          introSpeaksOfSigning = SigningWords.mentionsSigning(blocks.get(i).text());
        }
        agreement[i] = it != null && (AgreementParser.startsWithTitle(it) || introSpeaksOfSigning);
      }
    }

    /** Whether paragraph {@code i} leads into a list of signed documents. */
    boolean introducesDocuments(int i) {
      return !heading[i] && item.get(i) == null && next[i] >= 0 && agreement[next[i]];
    }

    /** Whether heading {@code i} opens the list of signed documents (directly or by an intro). */
    boolean startsDocuments(int i) {
      int p = next[i];
      return p >= 0 && (agreement[p] || introducesDocuments(p));
    }
  }
}
