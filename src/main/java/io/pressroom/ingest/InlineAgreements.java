package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import io.pressroom.text.ChineseScript;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed documents a sentence names one after another — 「省商務廳與投資推廣署簽署《…備忘錄》，
 * 省農業農村廳與香港賽馬會簽署《…協議》」, 「雙方簽署了《…》《…》和《…》」 — each an agreement of its own.
 * A title's parties are those the sentence names before it (「A與B簽署《…》」, 「A與B的《…》」; a subject
 * that signs goes on to the titles chained after it), those its title names (「A與B…合作備忘錄」), one
 * each for 「A、B分別與C簽署《…》《…》」, or, for 「雙方簽署」, the two governments the release named
 * before. Only sentences that speak of signing are read, and only titles of documents.
 *
 * <p>A title the signing only implements, follows or falls under is background, not a document
 * signed there (「為落實《粵港合作框架協議》，雙方簽署了4項協議」, 「在《…》框架下」; {@code
 * background-titles.tsv}).
 *
 * <p>Parties never carry over from one sentence to the next: 「A與B在會上簽署《甲》。兩地部門還簽署了
 * 兩份文件，包括《乙》《丙》。」 gives 乙 and 丙 no parties of A and B. A sentence whose titles follow a
 * listing (「…還簽署了兩份文件，包括《乙》《丙》」) takes the parties of the subject that signs in it,
 * if that subject names them (「上海市商務委員會與香港投資推廣署還簽署了…」), and none if it only
 * describes them (「兩地政府部門及機構」). Names keep no words of place, time or manner
 * (「龔正於會上」 → 「龔正」), and witnesses (「在A與B見證下」) are no parties; see {@link PartyWords}.
 *
 * <p>English text has no 《》: its titles are read by their capitals, see {@link EnglishSignings}.
 */
final class InlineAgreements {
  private static final String DELIMITERS = "，,；;。：:";
  private static final String SENTENCE_ENDS = "。！？!?";
  private static final Pattern LEAD_IN = Pattern.compile("^(?:[、和及與与並并]|以及|還有|还有)+");
  private static final Pattern LISTING = Pattern.compile(".*(?:包括|分別是|分别是|分別為|分别为)");
  private static final Pattern SIGNS = Pattern.compile("(?:簽署|签署|簽訂|签订)了?\\s*$");
  private static final Pattern RESPECTIVELY =
      Pattern.compile("^(.+?)(?:分別|分别)(?:與|与|和)(.+?)(?:簽署|签署|簽訂|签订)了?\\s*$");
  private static final Pattern BOTH_SIDES = Pattern.compile("^(?:.*[^\\p{IsHan}])?(?:雙方|双方)(?:在會上|在会上)?(?:簽署|签署|簽訂|签订)");
  private static final Pattern NAME = Pattern.compile("[^\\s，,；;。：:、()（）《》「」“”]{2,24}");
  private static final int MAX_PARTIES = 4;
  private static final Pattern BACKGROUND_BEFORE;
  private static final Pattern BACKGROUND_AFTER;

  static {
    Map<String, List<String>> roles = Vocabulary.byRole("background-titles.tsv", "before", "after");
    BACKGROUND_BEFORE = Pattern.compile(String.join("|", roles.get("before")));
    BACKGROUND_AFTER = Pattern.compile(String.join("|", roles.get("after")));
  }

  private InlineAgreements() {}

  /**
   * The documents {@code sentence} names, numbered 1, 2 … in order.
   *
   * @param sides the two sides the release named before (「湖北省人民政府與香港特區政府」), for 「雙方」; may be empty
   */
  static List<Agreement> find(String sentence, List<String> sides) {
    if (!ChineseScript.hasHan(sentence)) {
      return EnglishSignings.find(sentence);
    }
    List<Agreement> out = new ArrayList<>();
    if (!SigningWords.mentionsSigning(sentence)) {
      return out;
    }
    List<String> carried = List.of();
    Deque<List<String>> respectively = new ArrayDeque<>();
    int from = 0;
    int sentenceStart = -1;
    int i = sentence.indexOf('《');
    while (i >= 0) {
      int close = AgreementParser.closing(sentence, i);
      if (close < 0) {
        break;
      }
      String title = sentence.substring(i + 1, close);
      int start = sentenceStart(sentence, i);
      if (start != sentenceStart) {
        sentenceStart = start;
        carried = List.of();
        respectively.clear();
      }
      String segment = segment(sentence, from, i);
      String sinceLastTitle = sentence.substring(Math.max(from, start), i);
      from = close + 1;
      i = sentence.indexOf('《', from);
      if (!AgreementParser.isDocumentTitle(title) || isBackground(sinceLastTitle, sentence.substring(close + 1))) {
        carried = List.of();
        continue;
      }
      Matcher each = RESPECTIVELY.matcher(segment);
      List<String> own = List.of();
      if (each.matches()) {
        respectively.clear();
        for (String s : each.group(1).split("[、，,]")) {
          respectively.add(List.of(Whitespace.trim(s), Whitespace.trim(each.group(2))));
        }
      } else if (BOTH_SIDES.matcher(segment).find()) {
        own = sides;
        carried = sides;
      } else {
        own = parties(segment);
        boolean leadsOn = segment.isEmpty() || LEAD_IN.matcher(segment).matches();
        if (own.isEmpty() && carried.isEmpty() && (leadsOn || SigningWords.firstChinese(segment) >= 0)) {
          carried = subject(sinceLastTitle, sides);
        } else {
          carried = !own.isEmpty() && SIGNS.matcher(segment).find() ? own : leadsOn ? carried : List.of();
        }
      }
      List<String> parties;
      if (!respectively.isEmpty()) {
        parties = respectively.poll();
      } else if (!own.isEmpty()) {
        parties = own;
      } else {
        List<String> named = AgreementParser.titleParties(title);
        parties = named.isEmpty() ? carried : named;
      }
      out.add(AgreementParser.named(out.size() + 1, title, parties));
    }
    return out;
  }

  /**
   * Whether a title is background ({@code background-titles.tsv}): a document the signing
   * implements, follows or falls under (「為落實《…》」, 「根據《…》」, 「在《…》框架下」, 「《…》的落實安排」),
   * read from the text just before it ({@code before}, since the last title in its sentence) and
   * just after it ({@code after}).
   */
  private static boolean isBackground(String before, String after) {
    int clause = -1;
    for (int k = before.length() - 1; k >= 0 && clause < 0; k--) {
      if (DELIMITERS.indexOf(before.charAt(k)) >= 0) {
        clause = k;
      }
    }
    return BACKGROUND_BEFORE.matcher(before.substring(clause + 1)).find() || BACKGROUND_AFTER.matcher(after).lookingAt();
  }

  /** Where the sentence that holds {@code open} starts: after the last 。！？ before it. */
  private static int sentenceStart(String text, int open) {
    for (int k = open - 1; k >= 0; k--) {
      if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) {
        return k + 1;
      }
    }
    return 0;
  }

  /**
   * The parties of the subject that signs in {@code text} (a sentence's text since its last title):
   * the names before the signing word of the last clause that has one (「上海市商務委員會與香港投資推廣署
   * 還簽署了兩份文件」), the two sides for 「雙方簽署」, or none.
   */
  private static List<String> subject(String text, List<String> sides) {
    String[] clauses = text.split("[" + DELIMITERS + "]");
    for (int k = clauses.length - 1; k >= 0; k--) {
      String clause = clauses[k];
      int verb = SigningWords.firstChinese(clause);
      if (verb < 0) {
        continue;
      }
      if (BOTH_SIDES.matcher(clause).find()) {
        return sides;
      }
      String subject = PartyWords.withoutLead(clause.substring(0, verb));
      return parties(Whitespace.trim(LEAD_IN.matcher(subject).replaceFirst("")));
    }
    return List.of();
  }

  /** The sentence's text that leads up to a title: from the last clause mark (or title) before it. */
  private static String segment(String sentence, int from, int open) {
    int start = from;
    for (int k = open - 1; k >= from; k--) {
      if (DELIMITERS.indexOf(sentence.charAt(k)) >= 0) {
        start = k + 1;
        break;
      }
    }
    String s = Whitespace.trim(sentence.substring(start, open));
    Matcher listing = LISTING.matcher(s);
    if (listing.lookingAt()) {
      s = s.substring(listing.end());
    }
    return Whitespace.trim(LEAD_IN.matcher(s).replaceFirst(""));
  }

  /** The parties a segment names before a title: organisations, or failing that the names around 與. */
  private static List<String> parties(String segment) {
    if (segment.isEmpty()) {
      return List.of();
    }
    List<String> orgs = AgreementParser.partiesAround(segment, "");
    if (!orgs.isEmpty()) {
      return orgs;
    }
    String s = AgreementParser.withoutSigning(segment);
    String[] pieces = s.split("[與与]");
    if (pieces.length < 2 || pieces.length > MAX_PARTIES) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String p : pieces) {
      String name = withoutTails(Whitespace.trim(p));
      if (!NAME.matcher(name).matches() || PartyWords.isDescription(name)) {
        return List.of();
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** A name without the words of place, time or manner after it (「李家超代表特區政府」 → 「李家超」). */
  private static String withoutTails(String name) {
    String s = name;
    for (String cut = PartyWords.withoutTail(s); !cut.equals(s); cut = PartyWords.withoutTail(s)) {
      s = cut;
    }
    return s;
  }
}
