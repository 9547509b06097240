package io.pressroom.reliability;

import io.pressroom.testing.Corpus;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile search queries from a seed: Lucene syntax used wrongly (unbalanced quotes and
 * brackets, lone operators, wildcards, regular expressions, fuzzy and range forms, boosts, field
 * prefixes), control characters, unpaired surrogates, HKSCS supplementary characters, mixed
 * scripts, very many terms and very long strings. The same seed gives the same queries.
 */
final class QueryGenerator {
  static final List<String> WORDS = List.of(
      "滬港", "沪港", "合作", "綠色金融", "绿色金融", "金融", "創新及科技", "科技", "香港", "上海", "備忘錄", "签署",
      "醫療衞生", "𨋢", "𠀀", "𪚥", "Hong", "Kong", "Shanghai", "cooperation", "finance", "green", "the", "of", "and",
      "iPhone15", "M+", "C#", "2024", "26", "四月", "一帶一路", "Belt", "Road", "agreement", "MoU", "🙂", "ﬁnance",
      "Ｆｉｎａｎｃｅ", "ｈｏｎｇ", "café", "naïve", "Ελλάδα", "Москва", "مرحبا", "नमस्ते", "한국", "日本語", "ｶﾀｶﾅ", "x");
  static final List<String> OPERATORS = List.of(
      "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "and", "or", "not", "TO", "AND AND", "OR OR", "NOT NOT");
  static final List<String> SYNTAX = List.of(
      "\"", "(", ")", "[", "]", "{", "}", ":", "^", "~", "*", "?", "\\", "/", "\"\"", "()", "[]", "{}", "\\\"", "\\\\",
      "^2", "^-1", "^1e99", "^abc", "~2", "~0.5", "~99", "~-1", "*:*", "\\u0000", "&", "|", "<", ">", "=", "%", "'", "`");
  static final List<String> FIELDS = List.of(
      "area:", "kind:", "agreement:", "release:", "lang:", "year:", "title:", "text:", "text_en:", "text_bigram:",
      "id:", "published:", "position:", "unknown:", "AREA:", "area:\"", "year:[", "_id:", "$facets:", ":");
  static final List<String> FORMS = List.of(
      "*abc", "?abc", "*", "?", "ab*", "a*", "金*", "*融", "a?c", "a*b*c*d*e*f*", "*a*b*c*d*e*f*g*h*",
      "a?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*",
      "/ab.*/", "/.*/", "/[a-z]+/", "/(a|b)*c{1,1000}/", "/", "//", "/(/", "fin~", "finance~2", "fin~0.1", "金融~",
      "finanse~1", "x~", "a~2", "\"hong kong\"~5", "\"滬港 合作\"~1000000", "\"unclosed", "year:[2020 TO 2024]",
      "year:{* TO *}", "year:[a TO z]", "[a TO z]", "year:[2020 TO", "area:finance", "area:金融", "area:nonexistent",
      "kind:clause", "kind:table", "agreement:3", "agreement:abc", "lang:en", "lang:fr", "year:2024",
      "release:" + Corpus.HKCD, "99999999999999999999999", "-0",
      "1e308", "NaN", "+滬港 -合作", "-滬港", "NOT 滬港", "-a -b -c", "((((((((((a))))))))))", "(((((", ")))))",
      "\"\"\"\"\"", "a:b:c:d", "::::", "a^", "^", "~", "\\", "\\\\\\", "\u0000", "\u0007", "\u001b[31m",
      "\r\n", "\t", "\u007f", "\u0085", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\uffff", "\ud800",
      "\udc00", "\udbff\udfff", "a\ud800b", "\udfff\ud800", "𨋢𨋢𨋢", "醫療衞生𨋢", "Hong𨋢Kong", "滬港cooperation",
      "green金融", "<script>alert(1)</script>", "</mark>", "<img src=x onerror=alert(1)>", "&amp;", "%00", "%ZZ");

  private final Random random;

  QueryGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The next query; mostly short, sometimes thousands of terms, now and then a 100 KB string. */
  String next() {
    int shape = random.nextInt(1000);
    if (shape == 0) {
      return hugeString(100 * 1024);
    }
    if (shape < 5) {
      return manyTerms(1000 + random.nextInt(4000));
    }
    if (shape < 40) {
      return manyTerms(50 + random.nextInt(500));
    }
    if (shape < 60) {
      return randomCodePoints(1 + random.nextInt(40));
    }
    if (shape < 70) {
      return "";
    }
    StringBuilder q = new StringBuilder();
    int parts = 1 + random.nextInt(8);
    for (int i = 0; i < parts; i++) {
      if (i > 0 && random.nextInt(4) != 0) {
        q.append(' ');
      }
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> q.append(pick(WORDS));
        case 3 -> q.append(pick(OPERATORS));
        case 4 -> q.append(pick(SYNTAX));
        case 5 -> q.append(pick(FIELDS)).append(random.nextBoolean() ? pick(WORDS) : pick(FORMS));
        case 6, 7 -> q.append(pick(FORMS));
        case 8 -> q.append(pick(WORDS)).append(pick(SYNTAX));
        default -> q.append(randomCodePoints(1 + random.nextInt(4)));
      }
    }
    return q.toString();
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** {@code n} terms of every kind: words, operators, forms, syntax. */
  private String manyTerms(int n) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < n; i++) {
      q.append(switch (random.nextInt(6)) {
        case 0 -> pick(FORMS);
        case 1 -> pick(OPERATORS);
        case 2 -> pick(FIELDS) + pick(WORDS);
        default -> pick(WORDS);
      }).append(' ');
    }
    return q.toString();
  }

  private String hugeString(int chars) {
    StringBuilder q = new StringBuilder(chars);
    String unit = switch (random.nextInt(4)) {
      case 0 -> "a";
      case 1 -> "滬港合作";
      case 2 -> "*a?";
      default -> "(\"";
    };
    while (q.length() < chars) {
      q.append(unit);
    }
    return q.toString();
  }

  /** Random code points from every plane, surrogates (paired or not) and control characters included. */
  private String randomCodePoints(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(6)) {
        case 0 -> s.append((char) random.nextInt(0x20));
        case 1 -> s.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate half
        case 2 -> s.appendCodePoint(0x20000 + random.nextInt(0xA6E0)); // CJK Extension B (HKSCS lives here)
        case 3 -> s.appendCodePoint(0x4E00 + random.nextInt(0x5200)); // CJK unified
        case 4 -> s.appendCodePoint(0x20 + random.nextInt(0x5F)); // ASCII, syntax included
        default -> {
          int cp = random.nextInt(Character.MAX_CODE_POINT + 1);
          s.appendCodePoint(cp);
        }
      }
    }
    return s.toString();
  }
}
