package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one entry of a list of signed documents — 「(三)《上海市衞生健康委員會與香港特別行政區政府醫務衞生局
 * 關於衞生合作的諒解備忘錄》;」 or "(1) Agreement on … between A and B;" — into an {@link Agreement}:
 * its number, title, document type and signing parties.
 *
 * <p>The parties of a Chinese title stand before its subject: before 關於 (「A與B關於…的協議」), or
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

  static Agreement parse(NumberedItem item) {
    String body = Whitespace.trim(item.body());
    return LanguageDetector.hasHan(body) ? chinese(item.number(), body) : english(item.number(), body);
  }

  private static Agreement chinese(int number, String body) {
    String title = bracketedTitle(body);
    Optional<DocumentTypes.Match> type = DocumentTypes.ofChineseTitle(title);
    List<String> parties = title.length() > MAX_TITLE_CHARS ? List.of() : PartyNames.chinese(partySegment(title, type));
    return agreement(number, title, type, parties);
  }

  private static Agreement english(int number, String body) {
    String title = withoutItemEnding(body);
    Matcher m = PARTIES_FOLLOW.matcher(title);
    boolean named = m.find();
    Optional<DocumentTypes.Match> type = DocumentTypes.ofEnglishTitle(named ? title.substring(0, m.start()) : title);
    List<String> parties = named && title.length() <= MAX_TITLE_CHARS ? PartyNames.english(title.substring(m.end())) : List.of();
    return agreement(number, title, type, parties);
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
