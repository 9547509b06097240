package io.pressroom.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as releases write it, often in pieces: 「2024-04-26 19:58:59」 with no zone (the
 * publisher's zone applies), or the Hong Kong Government's trailer 「Ends/Friday, April 26, 2024」 and
 * 「Issued at HKT 19:30」 on two lines, its Chinese releases 「2024年4月26日（星期五）」 and 「香港時間19時30分」,
 * and the other ways news pages print their date (「2021 08/ 30 22:34:15」, "24 Apr 2025", "January 05,
 * 2012"). Pieces found on several lines are combined with {@link #or}.
 *
 * @param date the day, or null
 * @param time the time of day, or null (midnight when resolved)
 * @param zone the zone or offset stated with it (HKT, 北京時間, +08:00), or null
 */
record DateParts(LocalDate date, LocalTime time, ZoneId zone) {
  static final DateParts NONE = new DateParts(null, null, null);

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"
              + "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  /** 「2021 08/ 30 22:34:15」, as mirrors of Xinhua pages print it. */
  private static final Pattern SPACED =
      Pattern.compile(
          "(?<!\\d)(\\d{4})\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?!\\d)(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  /** 「29.11.2014 17:50」: day, month, year. */
  private static final Pattern DOTTED_DMY =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])(?:\\s+(\\d{1,2}):(\\d{2}))?");
  private static final Pattern CHINESE =
      Pattern.compile(
          "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
              + "(?:\\s*([上下]午)?\\s*(\\d{1,2})\\s*[:：時时点點]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?)?");
  private static final Pattern ENGLISH_MDY =
      Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGLISH_DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  /** 19:30, 19:58:59, 7:30 pm, 19時30分. */
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2})\\s*[:：時时点點]\\s*(\\d{2})\\s*分?(?:[:：](\\d{2}))?(?![\\d:])(?:\\s*([ap])\\.?m\\.?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HONG_KONG_TIME = Pattern.compile("\\bHKT\\b|香港時間|香港时间");
  private static final Pattern BEIJING_TIME = Pattern.compile("北京時間|北京时间|Beijing Time", Pattern.CASE_INSENSITIVE);
  private static final Pattern UTC_OFFSET =
      Pattern.compile("\\b(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
  private static final List<Pattern> ALL =
      List.of(NUMERIC, SPACED, DOTTED_DMY, CHINESE, ENGLISH_MDY, ENGLISH_DMY, TIME, HONG_KONG_TIME, BEIJING_TIME, UTC_OFFSET);

  /** The date, time and zone in {@code written}; missing pieces are null. */
  static DateParts find(String written) {
    String text = halfWidth(written);
    LocalDate date = null;
    LocalTime time = null;
    ZoneId zone = null;
    Matcher m;
    if ((m = NUMERIC.matcher(text)).find()) {
      date = date(m.group(1), m.group(2), m.group(3));
      time = time(m.group(4), m.group(5), m.group(6), null);
      zone = m.group(7) == null ? null : offset(m.group(7));
    } else if ((m = SPACED.matcher(text)).find()) {
      date = date(m.group(1), m.group(2), m.group(3));
      time = time(m.group(4), m.group(5), m.group(6), null);
    } else if ((m = DOTTED_DMY.matcher(text)).find()) {
      date = date(m.group(3), m.group(2), m.group(1));
      time = time(m.group(4), m.group(5), null, null);
    } else if ((m = CHINESE.matcher(text)).find()) {
      date = date(m.group(1), m.group(2), m.group(3));
      time = time(m.group(5), m.group(6), m.group(7), "下午".equals(m.group(4)) ? "p" : null);
    } else if ((m = ENGLISH_MDY.matcher(text)).find()) {
      date = date(m.group(3), month(m.group(1)), m.group(2));
    } else if ((m = ENGLISH_DMY.matcher(text)).find()) {
      date = date(m.group(3), month(m.group(2)), m.group(1));
    }
    if (time == null && (m = TIME.matcher(text)).find()) {
      time = time(m.group(1), m.group(2), m.group(3), m.group(4));
    }
    if (zone == null) {
      zone = zone(text);
    }
    return new DateParts(date, time, zone);
  }

  /**
   * A machine-readable date from markup (ISO-8601 as in {@code <time datetime>}), or whatever
   * {@link #find} reads in it.
   */
  static DateParts parseMachine(String value) {
    String v = value.strip();
    try {
      OffsetDateTime t = OffsetDateTime.parse(v);
      return new DateParts(t.toLocalDate(), t.toLocalTime(), t.getOffset());
    } catch (DateTimeException e) {
      // not an offset date-time; try the other ISO forms
    }
    try {
      ZonedDateTime t = ZonedDateTime.parse(v);
      return new DateParts(t.toLocalDate(), t.toLocalTime(), t.getZone());
    } catch (DateTimeException e) {
      // not a zoned date-time
    }
    try {
      LocalDateTime t = LocalDateTime.parse(v);
      return new DateParts(t.toLocalDate(), t.toLocalTime(), null);
    } catch (DateTimeException e) {
      // not a local date-time
    }
    return find(v);
  }

  /** {@code text} with every date, time and zone removed: what else a date line says. */
  static String withoutDates(String text) {
    String rest = halfWidth(text);
    for (Pattern p : ALL) {
      rest = p.matcher(rest).replaceAll(" ");
    }
    return rest;
  }

  /** These parts, with the missing ones taken from {@code other}. */
  DateParts or(DateParts other) {
    return new DateParts(
        date != null ? date : other.date, time != null ? time : other.time, zone != null ? zone : other.zone);
  }

  /**
   * The date-time, in the stated zone or else {@code fallbackZone}; null without a date or a zone.
   * A date without a time is taken at midnight.
   */
  OffsetDateTime resolve(ZoneId fallbackZone) {
    ZoneId z = zone != null ? zone : fallbackZone;
    if (date == null || z == null) {
      return null;
    }
    return ZonedDateTime.of(date, time != null ? time : LocalTime.MIDNIGHT, z).toOffsetDateTime();
  }

  /**
   * {@code text} with full-width digits and date separators (２０１２－０１－０５ １０：３０, ／, ．) in
   * their ASCII forms, as some Chinese pages print their dates; nothing else changes.
   */
  static String halfWidth(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wide = (c >= '\uFF10' && c <= '\uFF19') || c == '\uFF0D' || c == '\uFF0F' || c == '\uFF0E' || c == '\uFF1A';
      if (wide && out == null) {
        out = new StringBuilder(text);
      }
      if (wide) {
        out.setCharAt(i, (char) (c - 0xFEE0));
      }
    }
    return out == null ? text : out.toString();
  }

  private static ZoneId zone(String text) {
    if (HONG_KONG_TIME.matcher(text).find()) {
      return ZoneId.of("Asia/Hong_Kong");
    }
    if (BEIJING_TIME.matcher(text).find()) {
      return ZoneId.of("Asia/Shanghai");
    }
    Matcher m = UTC_OFFSET.matcher(text);
    if (m.find()) {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int sign = m.group(1).equals("-") ? -1 : 1;
      if (hours <= 18 && minutes < 60) {
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      }
    }
    return null;
  }

  private static ZoneOffset offset(String written) {
    String id = written.length() == 5 ? written.substring(0, 3) + ":" + written.substring(3) : written;
    try {
      return ZoneOffset.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalTime time(String hour, String minute, String second, String meridiem) {
    if (hour == null || minute == null) {
      return null;
    }
    int h = Integer.parseInt(hour);
    if (meridiem != null && meridiem.equalsIgnoreCase("p") && h < 12) {
      h += 12;
    } else if (meridiem != null && meridiem.equalsIgnoreCase("a") && h == 12) {
      h = 0;
    }
    try {
      return LocalTime.of(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
