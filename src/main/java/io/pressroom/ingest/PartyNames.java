package io.pressroom.ingest;

import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits the part of an agreement's title that names its signing parties into organisation names,
 * using how such names end ({@code org-suffixes.txt}: 大學, 局, 委員會, 有限公司 …; University,
 * Bureau …). Where a split is not clear it returns no parties rather than wrong ones.
 *
 * <p>Chinese: names are separated by 與/与, 、 and spaces, and by 和/及 only where the name before
 * ends like an organisation (上海市商務委員會和香港貿易發展局, but not 上海市文化和旅遊局). Every name
 * must end like an organisation; the last may run into the subject (香港貿易發展局推動…), and is cut
 * after its last organisation ending, or dropped if it has none.
 *
 * <p>English: names are separated by commas and "and" where the pieces on both sides contain an
 * organisation word ("the Department of Justice of the HKSAR and East China University of
 * Political Science and Law" — "Law" alone is no organisation, so it stays with its university).
 */
final class PartyNames {
  /** 與 joins two names, except in words such as 參與 (take part). */
  private static final Pattern CHINESE_SEPARATOR = Pattern.compile("(?:(?<![參参給给贈赠])[與与]|[、\\s\\u00A0\\u3000])+");
  private static final Pattern ENGLISH_SEPARATOR =
      Pattern.compile(",(?!\\s*(?:Ltd|Limited|Inc|LLC|Plc)\\b)\\s*(?:and\\s+)?|\\s+and\\s+|\\s*;\\s*");
  /** "…Commission and the Innovation and Technology Commission": "and the" starts a new name. */
  private static final Pattern BEFORE_THE = Pattern.compile(",?\\s+and\\s+(?=the\\s)|,\\s+(?=the\\s)");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^the\\s+");
  /** The subject a title may name after its parties: "…between A and B on Co-developing a Smart City Cluster". */
  private static final Pattern TRAILING_SUBJECT = Pattern.compile("\\s+on\\s+(\\S.*)$");
  private static final List<String> CHINESE_SUFFIXES = new ArrayList<>();
  private static final List<Pattern> PROTECTED_NAMES = new ArrayList<>();
  private static final Pattern ENGLISH_ORGANISATION;

  static {
    List<String> english = new ArrayList<>();
    for (String entry : Vocabulary.entries("org-suffixes.txt")) {
      if (ChineseScript.hasHan(entry)) {
        CHINESE_SUFFIXES.add(entry);
      } else {
        english.add(entry);
        if (entry.contains(",") || entry.contains(" and ")) {
          PROTECTED_NAMES.add(Pattern.compile(Pattern.quote(entry)));
        }
      }
    }
    ENGLISH_ORGANISATION =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                + english.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
  }

  private PartyNames() {}

  /** The parties named in a Chinese title's party segment, or none if the split is unclear. */
  static List<String> chinese(String segment) {
    List<String> pieces = new ArrayList<>();
    for (String part : CHINESE_SEPARATOR.split(segment)) {
      if (!part.isEmpty()) {
        pieces.addAll(splitAtConjunctions(part));
      }
    }
    List<String> parties = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      if (endsLikeOrganisation(piece)) {
        parties.add(piece);
      } else if (i == pieces.size() - 1) {
        String name = longestOrganisationPrefix(piece);
        if (name != null) {
          parties.add(name);
        }
      } else {
        return List.of();
      }
    }
    return List.copyOf(parties);
  }

  /**
   * The parties a phrase outside a title names (「香港特區政府律政司與上海市司法局」), each ending like
   * an organisation as a whole; none if any does not.
   */
  static List<String> chineseWhole(String segment) {
    List<String> parties = new ArrayList<>();
    for (String part : CHINESE_SEPARATOR.split(segment)) {
      if (part.isEmpty()) {
        continue;
      }
      for (String piece : splitAtConjunctions(part)) {
        if (!endsLikeOrganisation(piece)) {
          return List.of();
        }
        parties.add(piece);
      }
    }
    return List.copyOf(parties);
  }

  /** The parties named in an English title's party segment, or none if the split is unclear. */
  static List<String> english(String segment) {
    segment = PartyWords.englishWithoutTail(segment);
    Matcher subject = TRAILING_SUBJECT.matcher(segment);
    if (subject.find() && !namesOrganisation(subject.group(1))) {
      segment = segment.substring(0, subject.start());
    }
    List<int[]> kept = protectedRanges(segment);
    List<String> names = new ArrayList<>();
    Matcher m = BEFORE_THE.matcher(segment);
    int from = 0;
    while (m.find()) {
      if (!inside(kept, m.start(), m.end())) {
        List<String> part = englishNames(segment.substring(from, m.start()));
        if (part.isEmpty()) {
          return englishNames(segment);
        }
        names.addAll(part);
        from = m.end();
      }
    }
    if (from == 0) {
      return englishNames(segment);
    }
    List<String> last = englishNames(segment.substring(from));
    if (last.isEmpty()) {
      return englishNames(segment);
    }
    names.addAll(last);
    return List.copyOf(names);
  }

  /** Names in a segment split at commas and "and" where both sides name an organisation. */
  private static List<String> englishNames(String segment) {
    List<int[]> kept = protectedRanges(segment);
    List<String> chunks = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    Matcher m = ENGLISH_SEPARATOR.matcher(segment);
    int from = 0;
    while (m.find()) {
      if (!inside(kept, m.start(), m.end())) {
        chunks.add(segment.substring(from, m.start()));
        separators.add(m.group());
        from = m.end();
      }
    }
    chunks.add(segment.substring(from));
    List<String> parties = new ArrayList<>();
    StringBuilder current = new StringBuilder(chunks.get(0));
    for (int k = 1; k < chunks.size(); k++) {
      String right = chunks.get(k);
      if (namesOrganisation(current) && namesOrganisation(right) && startsLikeName(right)) {
        parties.add(current.toString());
        current = new StringBuilder(right);
      } else {
        current.append(separators.get(k - 1)).append(right);
      }
    }
    parties.add(current.toString());
    List<String> names = new ArrayList<>();
    for (String party : parties) {
      String name = Whitespace.trim(LEADING_ARTICLE.matcher(Whitespace.trim(party)).replaceFirst(""));
      if (!namesOrganisation(name)) {
        return List.of();
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** Whether a Chinese name ends like an organisation, after any bracketed qualifier. */
  private static boolean endsLikeOrganisation(String name) {
    String s = withoutTrailingBrackets(name);
    for (String suffix : CHINESE_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> splitAtConjunctions(String part) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if ((c == '和' || c == '及') && i > from && endsLikeOrganisation(part.substring(from, i))) {
        out.add(part.substring(from, i));
        from = i + 1;
      }
    }
    if (from < part.length()) {
      out.add(part.substring(from));
    }
    return out;
  }

  private static String longestOrganisationPrefix(String piece) {
    for (int end = piece.length() - 1; end > 0; end--) {
      String prefix = piece.substring(0, end);
      if (bracketsBalance(prefix) && endsLikeOrganisation(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  private static String withoutTrailingBrackets(String name) {
    String s = name;
    while (s.endsWith(")") || s.endsWith("）")) {
      int depth = 0;
      int open = -1;
      for (int i = s.length() - 1; i >= 0 && open < 0; i--) {
        char c = s.charAt(i);
        if (c == ')' || c == '）') {
          depth++;
        } else if ((c == '(' || c == '（') && --depth == 0) {
          open = i;
        }
      }
      if (open <= 0) {
        return s;
      }
      s = s.substring(0, open);
    }
    return s;
  }

  private static boolean bracketsBalance(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if (c == ')' || c == '）') {
        depth--;
      }
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static boolean namesOrganisation(CharSequence s) {
    return ENGLISH_ORGANISATION.matcher(s).find();
  }

  private static boolean startsLikeName(String s) {
    String t = Whitespace.trim(s);
    return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || t.startsWith("the "));
  }

  private static List<int[]> protectedRanges(String segment) {
    List<int[]> ranges = new ArrayList<>();
    for (Pattern p : PROTECTED_NAMES) {
      Matcher m = p.matcher(segment);
      while (m.find()) {
        ranges.add(new int[] {m.start(), m.end()});
      }
    }
    return ranges;
  }

  private static boolean inside(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (start >= r[0] && end <= r[1]) {
        return true;
      }
    }
    return false;
  }
}
