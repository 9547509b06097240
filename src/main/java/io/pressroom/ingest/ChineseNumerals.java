package io.pressroom.ingest;

import java.util.OptionalInt;

/**
 * Numbers written in Chinese numerals (一, 十一, 二十, 一百零一, 兩千 …) or digits, as press releases
 * number their lists: (一) … (二十). Also reads digit-by-digit forms such as 二〇二四.
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零〇一二三四五六七八九";
  private static final int MAX = 99_999_999;

  private ChineseNumerals() {}

  /** The value of {@code text}, or empty if it is not a number this class reads. */
  public static OptionalInt parse(String text) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return text.length() > 8 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }
    boolean hasUnit = text.chars().anyMatch(c -> unit(c) > 0);
    return hasUnit ? withUnits(text) : positional(text);
  }

  private static OptionalInt withUnits(String text) {
    long total = 0;
    long section = 0;
    int digit = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      int u = unit(c);
      if (d >= 0) {
        if (digit > 0) {
          return OptionalInt.empty();
        }
        digit = d;
      } else if (u == 10_000) {
        section += Math.max(digit, 0);
        if (section == 0) {
          return OptionalInt.empty();
        }
        total += section * u;
        section = 0;
        digit = -1;
      } else if (u > 0) {
        section += (digit < 0 ? 1 : digit) * (long) u;
        digit = -1;
      } else {
        return OptionalInt.empty();
      }
      if (total + section > MAX) {
        return OptionalInt.empty();
      }
    }
    long value = total + section + Math.max(digit, 0);
    return OptionalInt.of((int) value);
  }

  private static OptionalInt positional(String text) {
    if (text.length() > 8) {
      return OptionalInt.empty();
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      int d = digit(text.charAt(i));
      if (d < 0) {
        return OptionalInt.empty();
      }
      value = value * 10 + d;
    }
    return OptionalInt.of(value);
  }

  private static int digit(char c) {
    switch (c) {
      case '兩':
      case '两':
        return 2;
      default:
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : Math.max(i - 1, 0);
    }
  }

  private static int unit(int c) {
    switch (c) {
      case '十':
        return 10;
      case '百':
        return 100;
      case '千':
        return 1000;
      case '萬':
      case '万':
        return 10_000;
      default:
        return 0;
    }
  }
}
