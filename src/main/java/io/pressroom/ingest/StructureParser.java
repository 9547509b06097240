package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Kind;
import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structure of a release's body — headings, captions, cooperation-area clauses, the list
 * of signed documents — from the shape of its text, not from a list of known lines, so that other
 * releases of the same family are read alike and an unfamiliar one comes out as plain body text.
 *
 * <ul>
 *   <li>A <b>heading</b> is a short block with no sentence-final punctuation — plain, underlined,
 *       numbered (一、 (一) 1. (1) ①) or over two lines ({@link WrappedHeadings}) — or a block the
 *       markup calls a heading, that a paragraph of text follows (a sentence, a list item, a caption).
 *       Headings are not paragraphs: their text is the {@code section} of the paragraphs under them.
 *   <li>A <b>caption</b> is the block after an image (or an image marker such as "More Images"), an
 *       HTML {@code <figcaption>}, or a paragraph that ends with a photo credit ({@link PhotoCredits}).
 *   <li>An <b>agreement</b> is a list item (numbered or bulleted) that starts with a 《title》, or
 *       that follows a paragraph speaking of signing, or another agreement, and names a document;
 *       or a paragraph whose intro announcing signed documents runs on, after its colon, into the
 *       list's first numbered item (「…先後簽署：一、《…》，…」): the paragraph is that item;
 *       or an English document title standing alone where a heading would be ("Memorandum on …
 *       between A and B"), next to a paragraph speaking of signing.
 *   <li>A <b>list of areas</b> starts at the first heading after a sentence that announces a list
 *       ({@link ListIntro}), or, with no such sentence, at the first heading of a run of headings
 *       (each with its text; broken by an agreement, a heading opening the signed documents or a
 *       plain sub-heading) of which at least two name areas the {@link AreaTaxonomy} lists
 *       ({@link AreaTaxonomy#match}, rewordings too). Its headings are areas, listed or not, up to
 *       the number the intro states; the paragraphs under them are clauses. It ends at an agreement,
 *       a paragraph that announces documents signed at the meeting ({@link
 *       SigningWords#announcesDocuments}: 「會上，雙方簽署了以下協議：」, not a clause that plans or
 *       encourages signing, 「推動兩地部門簽署合作備忘錄」, "promote … to sign"; unless it is the first
 *       under its heading), a paragraph about the meeting itself ({@code list-ends.txt}), a heading that opens the signed documents, a plain
 *       sub-heading, or a heading beyond the stated number. A photo ends an area's clauses; the next
 *       heading goes on with the list. Captions inside it stay captions, without an area.
 *   <li>A <b>plain sub-heading</b> ({@code plain-headings.txt}: "Background", "Other matters",
 *       「其他事項」) is never an area: the paragraphs under it are body, however many area headings
 *       the release has.
 *   <li>An area <b>named at the start of a paragraph</b> ({@link #runInAreas}): 「在金融方面，…」,
 *       「科技創新領域，…」, "On financial co-operation, …". A body paragraph that opens so is a
 *       clause of the area its opening words name, when they name one of the taxonomy's; in a
 *       report of a co-operation conference, two or more Chinese such paragraphs in a row are clauses
 *       even when their words name no listed area (an area of their own, as an unknown heading gets).
 *       The opening words are the clause's section. Words naming two or three areas (「在教育、青年方面，」,
 *       「在文化、體育和旅遊方面，」) give the paragraph one of them ({@link #areaOfOpening}): the one
 *       the rest of it names most, else the first named. 「另一方面，」, 「在這方面，」, a list that
 *       goes on (「在科技、人才等多個方面，」) and 方面 inside a sentence name nothing.
 * </ul>
 * Everything else is body; no text is dropped.
 */
final class StructureParser {
  private static final int MAX_HEADING_HAN = 25;
  private static final int MAX_HEADING_WORDS = 16;
  private static final int MAX_HEADING_CHARS = 140;
  private static final int MIN_KNOWN_AREAS = 2;
  /** A line this long is text under a heading even without a full stop (a page cut off mid-sentence). */
  private static final int MIN_TEXT_HAN = 20;
  private static final int MIN_TEXT_WORDS = 12;
  /** Punctuation a heading never holds: it is a sentence, or a list item with its ending. */
  private static final Pattern INSIDE_SENTENCE = Pattern.compile("[。；;！？]|[.!?]\\s");
  private static final PhraseList LIST_ENDS = PhraseList.load("list-ends.txt");
  /** Sub-headings that are never areas: "Background", "Other matters", 「其他事項」. */
  private static final PhraseList PLAIN_HEADINGS = PhraseList.load("plain-headings.txt");
  /** Two governments named as a pair (「湖北省人民政府與香港特區政府」): the 「雙方」 a later sentence means. */
  private static final Pattern SIDES = Pattern.compile("([^，,。；;、：:（）()「」“”\\s]{2,20}?政府)[與与]([^，,。；;、：:（）()「」“”\\s]{2,20}?政府)");

  /**
   * 「在金融方面，」 「科技創新領域，」 「此外，在…方面，」 「至於文化範疇，」: the area's words are group 1.
   */
  private static final Pattern RUN_IN_HAN = Pattern.compile(
      "^(?:(?:此外|另外|同時|同时|最後|最后|至於|至于)[，,]?\\s*)?在?([^，,。；;：:！？!?\\s]{1,20}?)(?:方面|領域|领域|範疇|范畴)\\s*[，,]\\s*\\S");
  /** Words that point at something rather than name it: 另一方面, 在這方面, 各方面, 兩個領域. */
  private static final Pattern NOT_AN_AREA = Pattern.compile(
      "(?:另|這|这|此|那|其|該|该|各|多|一|兩|两|三|幾|几|某|有關|有关|相關|相关|其他|其它|上述|以上|不同|很多|許多|许多)"
          + "(?:一)?(?:個|个|些|項|项|種|种)?");
  /** 「金融、科技等多個方面」: names that only begin a longer list point at many areas, not at one. */
  private static final Pattern AND_SO_ON = Pattern.compile("(?:等|多|各|幾|几|一系列)(?:個|个|項|项|種|种)?$");
  /** "On financial co-operation, …", "In terms of innovation and technology, …": the area's words are group 1. */
  private static final Pattern RUN_IN_WORDS = Pattern.compile(
      "^(?:On|In terms of|Regarding|As regards|With regard to|As for|In the (?:area|field|sphere)s? of)\\s+"
          + "([A-Za-z][A-Za-z&'’ -]{1,80}?),\\s+\\S");
  private static final int MAX_RUN_IN_WORDS = 8;
  /** An agreements intro that runs on into the list's first item: the intro, up to its colon, is group 1. */
  private static final Pattern INTRO_THEN_ITEM = Pattern.compile("([^。；;！？《》]{2,120}?[：:])\\s*(?=\\S)");

  private final AreaTaxonomy taxonomy;

  StructureParser(AreaTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<ParagraphDraft> parse(List<Block> input) {
    List<Block> blocks = WrappedHeadings.join(input);
    Roles r = new Roles(blocks);
    List<ParagraphDraft> drafts = new ArrayList<>();
    String section = null;
    Area area = null;
    boolean inList = false;
    boolean photoInList = false;
    Integer areasExpected = null;
    int areasSeen = 0;
    ListIntro intro = null;
    List<String> sides = List.of();
    for (int i = 0; i < r.n; i++) {
      if (r.image[i]) {
        photoInList = inList;
        continue;
      }
      String text = blocks.get(i).text();
      if (r.heading[i]) {
        section = text;
        String name = r.headingText(i);
        if (r.startsDocuments(i)) {
          inList = false;
          area = null;
        } else if (inList && !r.plain[i] && (areasExpected == null || areasSeen < areasExpected)) {
          area = taxonomy.forHeading(name);
          areasSeen++;
          photoInList = false;
        } else if (!inList && !r.plain[i] && (intro != null || r.areaRun[i])) {
          inList = true;
          areasExpected = intro == null ? null : intro.areas();
          areasSeen = 1;
          area = taxonomy.forHeading(name);
          photoInList = false;
        } else {
          inList = false;
          area = null;
        }
        intro = null;
        continue;
      }
      boolean announces = SigningWords.announcesDocuments(text);
      boolean underHeading = i > 0 && r.heading[i - 1];
      if (inList && (r.agreement[i] || r.introducesDocuments(i) || (announces && !r.caption[i] && !underHeading)
          || LIST_ENDS.matchesStart(text))) {
        inList = false;
        area = null;
        section = null;
      }
      Kind kind;
      if (r.caption[i]) {
        kind = Kind.CAPTION;
        photoInList = inList;
      } else if (r.agreement[i]) {
        kind = Kind.AGREEMENT;
      } else if (inList && !photoInList) {
        kind = Kind.CLAUSE;
      } else {
        kind = Kind.BODY;
      }
      if (kind == Kind.BODY) {
        intro = ListIntro.of(text).orElse(null);
      } else if (kind != Kind.CAPTION) {
        intro = null;
      }
      Agreement agreement = kind == Kind.AGREEMENT ? AgreementParser.parse(r.item.get(i)) : null;
      List<Agreement> named = kind == Kind.BODY ? InlineAgreements.find(text, sides) : List.of();
      Matcher pair = SIDES.matcher(text);
      if (kind == Kind.BODY && pair.find()) {
        sides = List.of(pair.group(1), pair.group(2));
      }
      drafts.add(new ParagraphDraft(text, kind, section, kind == Kind.CLAUSE ? area : null, agreement, named));
    }
    return drafts;
  }

  /**
   * The paragraphs of {@code drafts} whose opening names an area made clauses of it (see the class
   * comment); {@code conference} whether the release reports a co-operation conference.
   */
  List<ParagraphDraft> runInAreas(List<ParagraphDraft> drafts, boolean conference) {
    int n = drafts.size();
    String[] names = new String[n];
    String[] rests = new String[n];
    boolean[] han = new boolean[n];
    for (int i = 0; i < n; i++) {
      ParagraphDraft d = drafts.get(i);
      if (d.kind() == Kind.BODY) {
        String t = Whitespace.trim(d.text());
        Matcher m = RUN_IN_HAN.matcher(t);
        if (m.find() && TextShape.han(m.group(1)) >= 2 && !NOT_AN_AREA.matcher(m.group(1)).matches()
            && !(m.group(1).contains("、") && AND_SO_ON.matcher(m.group(1)).find())) {
          names[i] = m.group(1);
          rests[i] = t.substring(m.end(1));
          han[i] = true;
        } else if ((m = RUN_IN_WORDS.matcher(t)).find() && TextShape.words(m.group(1)) <= MAX_RUN_IN_WORDS) {
          names[i] = m.group(1).strip();
          rests[i] = t.substring(m.end(1));
        }
      }
    }
    List<ParagraphDraft> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ParagraphDraft d = drafts.get(i);
      String name = names[i];
      Optional<Area> listed = name == null ? Optional.empty() : areaOfOpening(name, rests[i]);
      boolean clause = name != null
          && (listed.isPresent() || (conference && han[i] && (inRun(han, drafts, i, -1) || inRun(han, drafts, i, 1))));
      out.add(clause
          ? new ParagraphDraft(d.text(), Kind.CLAUSE, name, listed.orElseGet(() -> taxonomy.forHeading(name)), null, d.named())
          : d);
    }
    return out;
  }

  /**
   * The one listed area a paragraph's opening words {@code names} give it, {@code rest} being the
   * paragraph after them. Words naming one area (「金融合作」, 「航空、航運和物流」) give that area.
   * Words naming two or more (「教育、青年」, 「文化、體育和旅遊」: see {@link AreaTaxonomy#matchEach})
   * give the one the rest of the paragraph names most often by the taxonomy's names ({@link
   * AreaTaxonomy#mentions}), and when none is named more often than the first, the first named: a
   * paragraph has one area, and a release names first the area it puts first. Words of no listed
   * area give none.
   */
  private Optional<Area> areaOfOpening(String names, String rest) {
    List<Area> named = taxonomy.matchEach(names);
    Area best = null;
    int most = -1;
    for (Area a : named) {
      int m = taxonomy.mentions(a, rest);
      if (m > most) {
        best = a;
        most = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the nearest paragraph before ({@code step} -1) or after (+1) paragraph {@code i}, past
   * captions, opens with an area's words in Chinese too ({@code han}).
   */
  private static boolean inRun(boolean[] han, List<ParagraphDraft> drafts, int i, int step) {
    for (int j = i + step; j >= 0 && j < han.length; j += step) {
      if (drafts.get(j).kind() != Kind.CAPTION) {
        return han[j];
      }
    }
    return false;
  }

  private Optional<Area> knownArea(String heading) {
    return taxonomy.resolve(heading);
  }

  /** Whether a block is short enough and open-ended enough to be a heading. */
  static boolean looksLikeHeading(String text) {
    if (text.isEmpty() || TextShape.endsOpen(text) || text.contains("《") || INSIDE_SENTENCE.matcher(text).find()) {
      return false;
    }
    if (ChineseScript.hasHan(text)) {
      return TextShape.han(text) <= MAX_HEADING_HAN && text.codePointCount(0, text.length()) <= MAX_HEADING_HAN * 2;
    }
    return text.length() <= MAX_HEADING_CHARS && TextShape.words(text) <= MAX_HEADING_WORDS;
  }

  /** The role of every block, decided before the walk that assigns sections and areas. */
  private final class Roles {
    final int n;
    final boolean[] image;
    final boolean[] caption;
    final boolean[] heading;
    final boolean[] agreement;
    final List<NumberedItem> item = new ArrayList<>();
    final List<Block> blocks;
    final int[] next;
    /** Headings that are never areas ({@code plain-headings.txt}). */
    final boolean[] plain;
    /** Headings of a run that is a list of areas although no sentence announces it ({@link #findAreaRuns}). */
    final boolean[] areaRun;

    Roles(List<Block> blocks) {
      this.blocks = blocks;
      n = blocks.size();
      image = new boolean[n];
      caption = new boolean[n];
      heading = new boolean[n];
      agreement = new boolean[n];
      next = new int[n];
      plain = new boolean[n];
      areaRun = new boolean[n];
      boolean[] candidate = new boolean[n];
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        String t = b.text();
        item.add(NumberedItem.parse(t).orElse(null));
        image[i] =
            b.type() == Block.Type.IMAGE
                || (b.type() == Block.Type.TEXT
                    && (PhotoCredits.isImageMarker(t) || (i + 1 < n && isPhotoTitleOf(t, blocks.get(i + 1).text()))));
      }
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        String t = b.text();
        boolean afterImage = i > 0 && image[i - 1];
        caption[i] =
            !image[i]
                && (b.type() == Block.Type.CAPTION
                    || PhotoCredits.isCaption(t)
                    || (b.type() == Block.Type.TEXT && afterImage && item.get(i) == null && knownArea(t).isEmpty()));
        NumberedItem it = item.get(i);
        candidate[i] =
            !image[i]
                && !caption[i]
                && (it == null
                    ? b.type() == Block.Type.HEADING || looksLikeHeading(t)
                    : !it.style().equals(NumberedItem.BULLET) && looksLikeHeading(it.body()) && !nextIsItem(blocks, i));
      }
      int following = -1;
      for (int i = n - 1; i >= 0; i--) {
        next[i] = following;
        if (!image[i]) {
          following = i;
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        heading[i] = candidate[i] && next[i] >= 0 && !heading[next[i]]
            && (blocks.get(i).type() == Block.Type.HEADING || leadsIntoText(next[i]));
        plain[i] = heading[i] && PLAIN_HEADINGS.matchesWhole(headingText(i));
      }
      boolean introSpeaksOfSigning = false;
      boolean previousAgreement = false;
      int bullets = 0;
      for (int i = 0; i < n; i++) {
        NumberedItem it = item.get(i);
        if (image[i]) {
          continue;
        }
        if (it == null && !heading[i] && !caption[i]) {
          Optional<NumberedItem> first = firstItemAfterIntro(blocks.get(i).text());
          if (first.isPresent()) {
            item.set(i, first.get());
            agreement[i] = true;
            introSpeaksOfSigning = true;
            previousAgreement = true;
            bullets = 0;
            continue;
          }
        }
        if (it == null || heading[i] || caption[i]) {
          introSpeaksOfSigning = SigningWords.mentionsSigning(blocks.get(i).text());
          previousAgreement = false;
          bullets = 0;
          if (it == null || caption[i]) {
            continue;
          }
        }
        if (heading[i]) {
          continue;
        }
        if (it.style().equals(NumberedItem.BULLET)) {
          it = it.numbered(++bullets);
          item.set(i, it);
        }
        agreement[i] =
            AgreementParser.startsWithTitle(it)
                || ((introSpeaksOfSigning || previousAgreement) && AgreementParser.namesDocument(it));
        previousAgreement = agreement[i];
      }
      int standing = 0;
      for (int i = 0; i < n; i++) {
        if (heading[i] && item.get(i) == null && AgreementParser.isStandingTitle(blocks.get(i).text())
            && (signingAround(i, -1) || signingAround(i, 1))) {
          heading[i] = false;
          agreement[i] = true;
          item.set(i, new NumberedItem(++standing, blocks.get(i).text(), NumberedItem.BULLET));
        }
      }
      findAreaRuns(); // after the standing titles: an agreement ends a run
    }

    /**
     * The first item of a list of signed documents that shares its paragraph with the list's intro
     * (「兩地相關部門代表先後簽署：一、《…》，…」): the item after an intro that speaks of signing and
     * ends with a colon, when it is numbered and starts with a 《title》; else empty.
     */
    private Optional<NumberedItem> firstItemAfterIntro(String text) {
      Matcher m = INTRO_THEN_ITEM.matcher(text);
      if (!m.lookingAt() || !SigningWords.announcesDocuments(m.group(1))) {
        return Optional.empty();
      }
      Optional<NumberedItem> it = NumberedItem.parse(Whitespace.trim(text.substring(m.end())));
      return it.filter(x -> !x.style().equals(NumberedItem.BULLET) && AgreementParser.startsWithTitle(x));
    }

    /** Whether the nearest text block before ({@code step} -1) or after (+1) block {@code i} speaks of signing. */
    private boolean signingAround(int i, int step) {
      for (int j = i + step; j >= 0 && j < n; j += step) {
        if (!image[j] && !caption[j]) {
          return !heading[j] && SigningWords.mentionsSigning(blocks.get(j).text());
        }
      }
      return false;
    }

    /**
     * Marks the headings of every run that is a list of areas without an intro sentence: a run is
     * the headings that follow one another, each with its text under it, up to a plain sub-heading
     * ({@link #plain}), a heading that opens the signed documents, or an agreement; it is a list of
     * areas when at least {@link #MIN_KNOWN_AREAS} of its headings name a listed area ({@link
     * AreaTaxonomy#match}, rewordings too). Its other headings are areas too, unlisted ones.
     */
    private void findAreaRuns() {
      List<Integer> run = new ArrayList<>();
      int known = 0;
      for (int i = 0; i <= n; i++) {
        boolean breaks = i == n || agreement[i] || (heading[i] && (plain[i] || startsDocuments(i)));
        if (breaks) {
          if (known >= MIN_KNOWN_AREAS) {
            run.forEach(h -> areaRun[h] = true);
          }
          run.clear();
          known = 0;
        } else if (heading[i]) {
          run.add(i);
          if (taxonomy.match(headingText(i)).isPresent()) {
            known++;
          }
        }
      }
    }

    /**
     * Whether block {@code i}, after a heading, reads as text under it: a sentence, an item, a
     * caption, or a long line (a page cut off mid-sentence).
     */
    private boolean leadsIntoText(int i) {
      String t = blocks.get(i).text();
      return TextShape.opensArticle(t) || item.get(i) != null || caption[i]
          || (TextShape.chinese(t) ? TextShape.han(t) >= MIN_TEXT_HAN : TextShape.words(t) >= MIN_TEXT_WORDS);
    }

    /**
     * Whether the next block is an item of the same list: then a numbered block is an item too, not
     * a heading (a heading (一) may have items 1. 2. under it).
     */
    private boolean nextIsItem(List<Block> blocks, int i) {
      if (i + 1 >= blocks.size()) {
        return false;
      }
      Optional<NumberedItem> next = NumberedItem.parse(blocks.get(i + 1).text());
      return next.isPresent() && next.get().style().equals(item.get(i).style());
    }

    /** A heading's text without its list number: the name of its area. */
    String headingText(int i) {
      NumberedItem it = item.get(i);
      return it != null ? Whitespace.trim(it.body()) : blocks.get(i).text();
    }

    /** Whether paragraph {@code i} leads into a list of signed documents. */
    boolean introducesDocuments(int i) {
      return !heading[i] && item.get(i) == null && next[i] >= 0 && agreement[next[i]];
    }

    /** Whether heading {@code i} opens the list of signed documents (directly or by an intro). */
    boolean startsDocuments(int i) {
      int p = next[i];
      return p >= 0 && (agreement[p] || introducesDocuments(p) || (SigningWords.mentionsSigning(blocks.get(i).text())
          && SigningWords.mentionsSigning(blocks.get(p).text())));
    }
  }

  /** Whether {@code title} is the title a photo caption repeats before its text: 「攜手合作」 / 「攜手合作:  …」. */
  private static boolean isPhotoTitleOf(String title, String caption) {
    return title.length() <= 20 && caption.length() > title.length() + 1 && caption.startsWith(title)
        && (caption.charAt(title.length()) == ':' || caption.charAt(title.length()) == '：');
  }
}
