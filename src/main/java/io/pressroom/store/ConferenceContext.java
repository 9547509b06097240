package io.pressroom.store;

import io.pressroom.model.Conference;
import io.pressroom.model.ConferencePartners;
import java.util.ArrayList;
import java.util.List;

/**
 * What a paragraph's context says of the conference session its release reports: the conference's
 * and the partner's names in every script, and the session's number as releases write it
 * ({@code 6}, {@code 6th}, {@code sixth}, {@code 第六次}, {@code session}) — so a query for
 * "Sichuan conference first meeting" or 滬港合作會議第五次會議 finds every paragraph of that session's
 * releases, whatever words the paragraph itself uses.
 */
final class ConferenceContext {
  private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  private static final String[] TENS_ORDINALS = {"", "", "twenty", "thirty", "forty", "fifty"};
  private static final String DIGITS = "零一二三四五六七八九";

  private ConferenceContext() {}

  /** The words of {@code c} for the context fields. */
  static String of(Conference c) {
    List<String> words = new ArrayList<>(c.labels().values());
    ConferencePartners.standard().byId(c.partner()).ifPresent(p -> {
      words.addAll(p.labels().values());
      words.addAll(p.names());
    });
    Integer n = c.session();
    if (n != null && n > 0) {
      words.add("session " + n + " " + n + suffix(n) + " " + ordinal(n) + " meeting plenary");
      String zh = chinese(n);
      words.add("第" + zh + "次會議 第" + zh + "次会议 第" + n + "次會議 第" + n + "次会议");
    }
    return String.join("\n", words);
  }

  private static String suffix(int n) {
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** first … fifty-ninth; a plain number beyond. */
  static String ordinal(int n) {
    if (n < ORDINALS.length) {
      return ORDINALS[n];
    }
    if (n < 60) {
      String tens = TENS_ORDINALS[n / 10];
      return n % 10 == 0 ? tens.substring(0, tens.length() - 1) + "ieth" : tens + "-" + ORDINALS[n % 10];
    }
    return n + suffix(n);
  }

  /** 1 … 99 in Chinese numerals: 一, 十, 十一, 二十三. */
  static String chinese(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 100) {
      int tens = n / 10;
      int ones = n % 10;
      return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
    return String.valueOf(n);
  }
}
