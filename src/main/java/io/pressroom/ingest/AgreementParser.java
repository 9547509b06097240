package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one entry of a list of signed documents — 「(三)《上海市衞生健康委員會與香港特別行政區政府醫務衞生局
 * 關於衞生合作的諒解備忘錄》;」, 「1、A與B簽署《…》;」, 「①《…》,由A與B簽署」 or "(1) Agreement on … between A
 * and B;" — into an {@link Agreement}: its number, title, document type and signing parties.
 *
 * <p>Parties named outside the 《title》 — before it, after it with 由…簽署, or in brackets after it —
 * are taken first. The parties of a Chinese title stand before its subject: before 關於 (「A與B關於…的協議」), or
 * before a trailing 「(戰略|館際友好|共同簽署之…)合作(框架)(備忘錄|協議…)」; a title that starts with
 * its subject names no parties. An English title names them after "between" or "among". The
 * phrases are in {@code agreement-phrases.tsv}.
 */
final class AgreementParser {
  private static final List<String> SUBJECT_MARKERS = new ArrayList<>();
  private static final Pattern TRAILING_SUBJECT;
  private static final Pattern PARTIES_FOLLOW;
  /** Longer than this, a "title" is running text: its parties are not looked for. */
  private static final int MAX_TITLE_CHARS = 300;
  /** What stands between the parties and a title they signed: 「A與B簽署《…》」, 「A與B的《…》」. */
  private static final Pattern SIGNED_TAIL =
      Pattern.compile("(?:(?:共同|分別|分别)?(?:簽署|签署|簽訂|签订|簽|签)了?|的)+\\s*$");
  /** Parties named after a title: 「《…》,由A與B簽署」. */
  private static final Pattern SIGNED_BY =
      Pattern.compile("由\\s*([^，,;；。]+?)\\s*(?:共同)?(?:簽署|签署|簽訂|签订)");
  /** Parties in brackets right after a title: 「《…》(香港特別行政區政府與重慶市人民政府)」. */
  private static final Pattern BRACKETED_PARTIES = Pattern.compile("\\s*[(（]([^()（）]+[與与][^()（）]+)[)）]");
  /** Signers named in an English entry's tail: "…, signed by A and B", "… (signed by A and B)". */
  private static final Pattern SIGNED_BY_ENGLISH =
      Pattern.compile("(?:signed|inked)\\s+by\\s+([^()]+?)\\s*\\)?\\s*[;,.]?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ITEM_ENDING =
      Pattern.compile("(?:\\s*[;；,，]\\s*(?:and|or|及|和|以及)?|\\s*。|(?<!Ltd|Co|Inc|Corp|Plc)\\.)\\s*$");

  static {
    List<String> qualifiers = new ArrayList<>();
    List<String> partyWords = new ArrayList<>();
    for (String[] row : Vocabulary.rows("agreement-phrases.tsv", 2)) {
      switch (row[0]) {
        case "subject":
          SUBJECT_MARKERS.add(row[1]);
          break;
        case "qualifier":
          qualifiers.add(row[1]);
          break;
        case "parties":
          partyWords.add(row[1]);
          break;
        default:
          throw new IllegalStateException("agreement-phrases.tsv: unknown role " + row[0]);
      }
    }
    TRAILING_SUBJECT =
        Pattern.compile(
            "(?:" + alternatives(qualifiers) + ")*合作(?:框架)?(?:" + alternatives(DocumentTypes.chineseLabels()) + ")$");
    PARTIES_FOLLOW = Pattern.compile("\\s(?:" + alternatives(partyWords) + ")\\s", Pattern.CASE_INSENSITIVE);
  }

  private AgreementParser() {}

  /** Whether a numbered item's text starts with a 《title》, as entries of a signed list do. */
  static boolean startsWithTitle(NumberedItem item) {
    return item.body().startsWith("《");
  }

  /** Whether a list item names a signed document: a 《title》, or a document type (備忘錄, Agreement …). */
  static boolean namesDocument(NumberedItem item) {
    String body = item.body();
    if (ChineseScript.hasHan(body)) {
      return body.contains("《") || DocumentTypes.chineseLabels().stream().anyMatch(body::contains);
    }
    return DocumentTypes.ofEnglishTitle(body).isPresent();
  }

  static Agreement parse(NumberedItem item) {
    String body = Whitespace.trim(item.body());
    return ChineseScript.hasHan(body) ? chinese(item.number(), body) : english(item.number(), body);
  }

  private static Agreement chinese(int number, String body) {
    int open = body.indexOf('《');
    int close = open >= 0 ? closing(body, open) : -1;
    if (close > 0) {
      String title = body.substring(open + 1, close);
      Optional<DocumentTypes.Match> type = DocumentTypes.ofChineseTitle(title);
      List<String> parties = partiesAround(body.substring(0, open), body.substring(close + 1));
      return agreement(number, title, type, parties.isEmpty() ? titleParties(title) : parties);
    }
    String title = bracketedTitle(body);
    Optional<DocumentTypes.Match> type = DocumentTypes.ofChineseTitle(title);
    List<String> parties = title.length() > MAX_TITLE_CHARS ? List.of() : PartyNames.chinese(partySegment(title, type));
    return agreement(number, title, type, parties);
  }

  private static Agreement english(int number, String body) {
    String item = withoutItemEnding(body);
    String title = withoutItemEnding(PartyWords.englishWithoutTail(item));
    List<String> signers = List.of();
    Matcher by = SIGNED_BY_ENGLISH.matcher(item.substring(title.length()));
    if (by.find() && item.length() <= MAX_TITLE_CHARS) {
      signers = PartyNames.english(Whitespace.trim(by.group(1)));
    }
    return namedEnglish(number, title, signers);
  }

  /**
   * An English document named by its title, with the parties given outside it ("signed by A and B"),
   * or else those the title names after "between".
   */
  static Agreement namedEnglish(int number, String title, List<String> parties) {
    Matcher m = PARTIES_FOLLOW.matcher(title);
    boolean named = m.find();
    Optional<DocumentTypes.Match> type = DocumentTypes.ofEnglishTitle(named ? title.substring(0, m.start()) : title);
    if (parties.isEmpty() && named && title.length() <= MAX_TITLE_CHARS) {
      parties = PartyNames.english(title.substring(m.end()));
    }
    return agreement(number, title, type, parties);
  }

  /** A document a sentence names by its title, with the parties the sentence gives, if any. */
  static Agreement named(int number, String title, List<String> parties) {
    Optional<DocumentTypes.Match> type = DocumentTypes.ofChineseTitle(title);
    return agreement(number, title, type, parties.isEmpty() ? titleParties(title) : parties);
  }

  /**
   * Whether a line is, as a whole, an English document's title ("Memorandum of Understanding on …",
   * see {@link EnglishTitles}): a memorandum's title standing alone above the text about it.
   */
  static boolean isStandingTitle(String line) {
    return !ChineseScript.hasHan(line) && EnglishTitles.whole(line) != null;
  }

  /** Whether {@code title} ends like a signed document's title (…合作備忘錄, …協議). */
  static boolean isDocumentTitle(String title) {
    return DocumentTypes.ofChineseTitle(title).isPresent();
  }

  /** The parties a Chinese title names (「A與B關於…的協議」), or none. */
  static List<String> titleParties(String title) {
    Optional<DocumentTypes.Match> type = DocumentTypes.ofChineseTitle(title);
    return title.length() > MAX_TITLE_CHARS ? List.of() : PartyNames.chinese(partySegment(title, type));
  }

  /**
   * The parties named outside a title: before it (「A與B簽署《…》」, 「A與B《…》」) or after it
   * (「《…》,由A與B簽署」); none if neither names organisations.
   */
  static List<String> partiesAround(String before, String after) {
    String b = withoutSigning(before);
    if (b.startsWith("由")) {
      b = withoutSigning(b.substring(1));
    }
    if (!b.isEmpty()) {
      return onlyNames(PartyNames.chineseWhole(b));
    }
    Matcher m = SIGNED_BY.matcher(after);
    if (m.find()) {
      return onlyNames(PartyNames.chineseWhole(withoutSigning(m.group(1))));
    }
    m = BRACKETED_PARTIES.matcher(after);
    return m.lookingAt() ? onlyNames(PartyNames.chineseWhole(Whitespace.trim(m.group(1)))) : List.of();
  }

  /**
   * {@code segment} without the witnesses it names first, and without the signing words (簽署了, 的)
   * and the words of place, time and manner (於會上, 共同, 30日在香港) it ends with, in any order
   * (「林鄭月娥與龔正亦在會上共同簽署了」 → 「林鄭月娥與龔正」).
   */
  static String withoutSigning(String segment) {
    String s = PartyWords.withoutWitnesses(Whitespace.trim(segment));
    String before;
    do {
      before = s;
      s = PartyWords.withoutTail(Whitespace.trim(SIGNED_TAIL.matcher(s).replaceFirst("")));
    } while (!s.equals(before));
    return s;
  }

  /** {@code parties}, or none if one of them describes the signers rather than naming them (兩地政府部門). */
  static List<String> onlyNames(List<String> parties) {
    return parties.stream().anyMatch(PartyWords::isDescription) ? List.of() : parties;
  }

  /** The index of the 》 that closes the 《 at {@code open} (nested 《》 skipped), or -1. */
  static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '《') {
        depth++;
      } else if (c == '》' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Agreement agreement(int number, String title, Optional<DocumentTypes.Match> type, List<String> parties) {
    return new Agreement(
        number,
        title,
        type.map(DocumentTypes.Match::type).orElse(DocumentTypes.OTHER),
        type.map(DocumentTypes.Match::label).orElse(null),
        parties);
  }

  /** The part of a Chinese title that names the parties. */
  private static String partySegment(String title, Optional<DocumentTypes.Match> type) {
    int subject = -1;
    for (String marker : SUBJECT_MARKERS) {
      int i = title.indexOf(marker);
      if (i >= 0 && (subject < 0 || i < subject)) {
        subject = i;
      }
    }
    if (subject >= 0) {
      return title.substring(0, subject);
    }
    Matcher m = TRAILING_SUBJECT.matcher(title);
    if (m.find()) {
      return title.substring(0, m.start());
    }
    return type.map(t -> title.substring(0, title.length() - t.label().length())).orElse(title);
  }

  /** The title inside the leading 《》 (nested 《》 kept), or the item without its list punctuation. */
  private static String bracketedTitle(String body) {
    if (body.startsWith("《")) {
      int depth = 0;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '《') {
          depth++;
        } else if (c == '》' && --depth == 0) {
          return body.substring(1, i);
        }
      }
    }
    return withoutItemEnding(body);
  }

  private static String withoutItemEnding(String body) {
    return ITEM_ENDING.matcher(body).replaceFirst("");
  }

  private static String alternatives(List<String> phrases) {
    return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }
}
