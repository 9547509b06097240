package io.pressroom.ingest;

import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a paragraph speaks of signing documents (簽署, signed …, from {@code signing-words.txt}):
 * the numbered list that such a paragraph introduces is a list of signed documents. Whether it
 * announces documents signed at the meeting ({@link #announcesDocuments}), or only plans,
 * encourages or recalls a signing, is read by the words around the signing word ({@code
 * signing-tense.tsv}).
 */
final class SigningWords {
  private static final List<String> CHINESE = new ArrayList<>();
  private static final Pattern ENGLISH;
  /** Any signing word, Chinese or English. */
  private static final Pattern ANY;
  private static final Pattern PERFECT;
  private static final Pattern PLAN;
  private static final Pattern FUTURE;
  private static final Pattern GOES_ON;
  private static final Pattern EARLIER;
  private static final Pattern DONE_AFTER;
  private static final Pattern DONE_BEFORE;
  private static final String CLAUSE_MARKS = "，,；;。：:！？!?.";
  private static final String SENTENCE_MARKS = "；;。！？!?.";

  static {
    List<String> english = new ArrayList<>();
    for (String word : Vocabulary.entries("signing-words.txt")) {
      (ChineseScript.hasHan(word) ? CHINESE : english).add(word);
    }
    ENGLISH =
        Pattern.compile(
            "(?<!\\p{L})(?:" + english.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    ANY = Pattern.compile(
        CHINESE.stream().map(Pattern::quote).collect(Collectors.joining("|")) + "|" + ENGLISH.pattern(), Pattern.CASE_INSENSITIVE);
    Map<String, List<String>> roles = Vocabulary.byRole("signing-tense.tsv",
        "perfect", "plan", "future", "goes-on", "earlier", "done-after", "done-before");
    PERFECT = compile(roles.get("perfect"));
    PLAN = compile(roles.get("plan"));
    FUTURE = compile(roles.get("future"));
    GOES_ON = compile(roles.get("goes-on"));
    EARLIER = compile(roles.get("earlier"));
    DONE_AFTER = compile(roles.get("done-after"));
    DONE_BEFORE = compile(roles.get("done-before"));
  }

  private static Pattern compile(List<String> patterns) {
    return Pattern.compile(
        patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private SigningWords() {}

  static boolean mentionsSigning(String text) {
    return CHINESE.stream().anyMatch(text::contains) || ENGLISH.matcher(text).find();
  }

  /** Where the first Chinese signing word in {@code text} starts (「…還簽署了兩份文件」), or -1. */
  static int firstChinese(String text) {
    int first = -1;
    for (String word : CHINESE) {
      int i = text.indexOf(word);
      if (i >= 0 && (first < 0 || i < first)) {
        first = i;
      }
    }
    return first;
  }

  /**
   * Whether {@code text} announces documents signed at the meeting — an agreements intro
   * (「會上，雙方簽署了以下協議：」, 「雙方簽署了4份合作協議」, "The following documents were signed:",
   * "… witnessed the signing of eight agreements") — rather than a clause that plans or encourages
   * signing (「推動兩地部門簽署合作備忘錄」, 「支持…簽訂」, "promote … departments to sign", "will sign",
   * "explore signing") or recalls a document signed before (「已簽署的《…》」, "signed in 2003").
   * One signing word is enough: one followed by 了, or one that no plan word precedes in its clause (nor a
   * future word in the clauses it carries on: 「將…，並簽訂」), and that took place —
   * 會上/見證/"witnessed" … before it in its sentence, or a paragraph ending with a colon; or, unless
   * it describes an earlier document, 了, a title, a count of documents or 以下 after it, English
   * "signed" or "inked", "signing of the following" / "of seven".
   */
  static boolean announcesDocuments(String text) {
    String t = Whitespace.trim(text);
    boolean colon = t.endsWith(":") || t.endsWith("：");
    Matcher m = ANY.matcher(t);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String before = t.substring(start(t, m.start(), CLAUSE_MARKS), m.start());
      int carried = start(t, m.start(), CLAUSE_MARKS);
      while (carried > 1 && GOES_ON.matcher(t.substring(carried, m.start())).lookingAt()) {
        carried = start(t, carried - 1, CLAUSE_MARKS);
      }
      String sentence = t.substring(start(t, m.start(), SENTENCE_MARKS), m.start());
      String after = t.substring(m.end());
      if (PERFECT.matcher(after).lookingAt()) {
        return true;
      }
      if (PLAN.matcher(before).find() || FUTURE.matcher(t.substring(carried, m.start())).find()) {
        continue;
      }
      if (colon || DONE_BEFORE.matcher(sentence).find()) {
        return true;
      }
      if (EARLIER.matcher(after).lookingAt()) {
        continue;
      }
      boolean english = !ChineseScript.hasHan(word);
      if (DONE_AFTER.matcher(after).lookingAt() || (english && (word.equals("signed") || word.equals("inked")))) {
        return true;
      }
    }
    return false;
  }

  /** Where the clause (or sentence, by {@code marks}) that holds position {@code at} starts: after the last mark before it. */
  private static int start(String text, int at, String marks) {
    for (int k = at - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (marks.indexOf(c) >= 0 && (c != '.' || k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)))) {
        return k + 1;
      }
    }
    return 0;
  }
}
