package io.pressroom.ingest;

import io.pressroom.model.Conference;
import io.pressroom.model.ConferencePartners;
import io.pressroom.model.ConferencePartners.Partner;
import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which session of a co-operation conference a release reports — 「滬港合作會議第六次會議」, 「第二十次粵港
 * 合作聯席會議」, "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference" — read
 * from its headline and opening paragraphs, with the partners and their conferences' names as data
 * ({@link ConferencePartners}). A paragraph counts only where it reports the meeting (held, chaired,
 * today …), not where the clause naming it recalls last year's or another year's meeting or
 * announces the next; the headline always counts.
 * The session is the number written next to the conference's name, or null for a meeting the
 * release does not number.
 */
final class ConferenceDetector {
  private static final int OPENING_PARAGRAPHS = 5;
  /** Words of a report of the meeting itself: held, chaired, today … */
  private static final Pattern REPORTS =
      Pattern.compile(
          "舉行|举行|召開|召开|主持|出席|舉辦|举办|會晤|会晤|簽署|签署|今日|今天|昨日|昨天|噚日|\\d{1,2}日"
              + "|\\b(?:held|hold|holds|took place|takes place|co-?chair(?:ed|s)?|chaired|convened|attended|signed|launch(?:ed|es)?|today|yesterday)\\b",
          Pattern.CASE_INSENSITIVE);
  /** Words that put a meeting in the past or the future: 去年…, …以來, 將於…, "next year". */
  private static final Pattern ELSEWHEN =
      Pattern.compile(
          "去年|前年|上次|上一次|上屆|上届|明年|下次|下一次|將於|将于|將會|将会|將出席|将出席|將率|将率|以來|以来"
              + "|last year|previous|next year|to be held|\\bwill\\b|\\bto attend\\b|\\bto lead\\b|\\bto co-?chair\\b",
          Pattern.CASE_INSENSITIVE);
  /** A year this far from the release's own is another meeting's (a mirror may date a story a year late). */
  private static final int OTHER_YEARS = 2;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:\\s*年|(?!\\d))");
  /** What ends a clause: a meeting's time is told within the clause that names it. */
  private static final Pattern CLAUSE_END = Pattern.compile("[。，,；;！？!?]|\\.\\s");
  private static final String CHINESE_NUMBER = "[一二三四五六七八九十百〇零两兩0-9０-９]{1,4}";
  private static final Pattern CHINESE_SESSION =
      Pattern.compile("第(" + CHINESE_NUMBER + ")次(?:全體|全体)?(?:會議|会议|開會|开会)|首次(?:會議|会议)");
  private static final Pattern CHINESE_SESSION_BEFORE = Pattern.compile("(?:第(" + CHINESE_NUMBER + ")次|首次|首屆|首届)$");
  private static final Pattern ENGLISH_SESSION =
      Pattern.compile(
          "\\b(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
              + "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
              + "twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth)"
              + "\\s+(?:(?:full\\s+)?plenary(?:\\s+session|\\s+meeting)?|session|meeting)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGLISH_ORDINAL_BEFORE = Pattern.compile("\\b(\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> ORDINALS = ordinals();

  private final ConferencePartners partners;

  ConferenceDetector(ConferencePartners partners) {
    this.partners = partners;
  }

  /** The session the release reports, or null. */
  Conference detect(String headline, List<String> paragraphs) {
    return detect(headline, paragraphs, null);
  }

  /**
   * The session the release reports, or null.
   *
   * @param year the year the release was published, if known: a clause naming another year speaks
   *     of another meeting
   */
  Conference detect(String headline, List<String> paragraphs, Integer year) {
    List<String> units = new ArrayList<>();
    units.add(headline == null ? "" : headline);
    paragraphs.stream().filter(p -> !p.isBlank()).limit(OPENING_PARAGRAPHS).forEach(units::add);
    Partner partner = null;
    Integer session = null;
    for (int k = 0; k < units.size(); k++) {
      String unit = key(units.get(k));
      // the headline reports the meeting it names, unless its clause announces it ("CE to attend …")
      boolean reports = k == 0 || reports(units.get(k)) || reports(unit);
      for (Partner p : partner == null ? partners.partners() : List.of(partner)) {
        int at = mention(unit, p, reports, year);
        if (at < 0) {
          continue;
        }
        partner = p;
        session = session(unit, p, year);
        break;
      }
      if (partner != null && session != null) {
        break;
      }
    }
    return partner == null ? null : partner.session(session);
  }

  /**
   * Where {@code unit} mentions {@code partner}'s conference as a meeting it reports (the unit
   * reports a meeting, and the clause does not put it in another time), or -1.
   */
  private int mention(String unit, Partner partner, boolean reports, Integer year) {
    for (String name : partner.allConferenceNames()) {
      String n = key(name);
      for (int at = unit.indexOf(n); at >= 0; at = unit.indexOf(n, at + 1)) {
        if (reports && !elsewhen(unit, at, at + n.length(), year)) {
          return at;
        }
      }
    }
    return -1;
  }

  private static boolean reports(String unit) {
    return REPORTS.matcher(unit).find();
  }

  /**
   * Whether the clause around a mention puts the meeting in the past or the future: it says 去年,
   * 以來, 將於, "next year" …, or names a year other than the release's own.
   */
  private static boolean elsewhen(String unit, int start, int end, Integer year) {
    int from = 0;
    Matcher before = CLAUSE_END.matcher(unit);
    while (before.find() && before.end() <= start) {
      from = before.end();
    }
    int to = unit.length();
    Matcher after = CLAUSE_END.matcher(unit);
    if (after.find(end)) {
      to = after.start();
    }
    String clause = unit.substring(from, Math.max(from, to));
    if (ELSEWHEN.matcher(clause).find()) {
      return true;
    }
    Matcher y = YEAR.matcher(clause);
    while (y.find()) {
      if (year != null && Math.abs(Integer.parseInt(y.group(1)) - year) >= OTHER_YEARS) {
        return true;
      }
    }
    return false;
  }

  /** The session number written with the conference's name in {@code unit}, or null. */
  private Integer session(String unit, Partner partner, Integer year) {
    for (String name : partner.allConferenceNames()) {
      String n = key(name);
      for (int at = unit.indexOf(n); at >= 0; at = unit.indexOf(n, at + 1)) {
        if (elsewhen(unit, at, at + n.length(), year)) {
          continue;
        }
        Matcher before = CHINESE_SESSION_BEFORE.matcher(unit.substring(0, at).replaceAll("[「“\"]$", ""));
        if (before.find()) {
          return before.group(1) == null ? 1 : number(before.group(1));
        }
        Matcher ordinal = ENGLISH_ORDINAL_BEFORE.matcher(unit.substring(0, at));
        if (ordinal.find() && ORDINALS.containsKey(ordinal.group(1).toLowerCase(Locale.ROOT))) {
          return ORDINALS.get(ordinal.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    Matcher m = CHINESE_SESSION.matcher(unit);
    while (m.find()) {
      if (!elsewhen(unit, m.start(), m.end(), year)) {
        return m.group(1) == null ? 1 : number(m.group(1));
      }
    }
    m = ENGLISH_SESSION.matcher(unit);
    while (m.find()) {
      if (!elsewhen(unit, m.start(), m.end(), year)) {
        return ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return null;
  }

  private static Integer number(String written) {
    StringBuilder ascii = new StringBuilder();
    written.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(ascii::appendCodePoint);
    OptionalInt n = ChineseNumerals.parse(ascii.toString());
    return n.isPresent() ? n.getAsInt() : null;
  }

  /** The form names are compared in: Simplified, lower case, one kind of dash and no spaces around it. */
  static String key(String text) {
    String s = ChineseScript.toSimplified(text).toLowerCase(Locale.ROOT);
    s = s.replace("co-operation", "cooperation").replace('／', '/');
    s = s.replaceAll("\\s*[/‐‑–—-]\\s*", "-");
    s = s.replaceAll("\\s+", " ");
    return s;
  }

  private static Map<String, Integer> ordinals() {
    String[] words = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
      "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"
    };
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < words.length; i++) {
      m.put(words[i], i + 1);
    }
    String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
    for (int i = 0; i < units.length; i++) {
      m.put("twenty-" + units[i], 21 + i);
    }
    m.put("thirtieth", 30);
    for (int i = 1; i <= 40; i++) {
      String suffix = (i % 10 == 1 && i != 11) ? "st" : (i % 10 == 2 && i != 12) ? "nd" : (i % 10 == 3 && i != 13) ? "rd" : "th";
      m.put(i + suffix, i);
    }
    return Map.copyOf(m);
  }
}
