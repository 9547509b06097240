package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents an English sentence says are signed, by their titles ({@link EnglishTitles}): "Mr A
 * and Mr B signed the Memorandum of the Fifth Plenary Session …", "… witnessed the signing of the
 * Co-operation Agreement on X and the Letter of Intent on Y", "The Agreement on X was signed by A and
 * B". A title counts only where the sentence signs it: right after the signing word, with nothing but
 * articles, counts and listing words between ("signed the following two documents: the …"), chained
 * to such a title by "and", or before "was/were signed". A title the sentence only mentions ("under
 * the Framework Agreement on …"), one signed before ("signed in 2010", "had signed") and a count
 * without titles ("Twelve co-operation agreements were signed") give none.
 *
 * <p>Parties are the signers the sentence names: the subject of "signed" ("the Department of Justice
 * and the Shanghai Municipal Bureau of Justice signed …", "Mr Lee and Mr Yin signed …"), or the names
 * after "signed by" / "the signing of … by"; never the people who witnessed the signing. Failing
 * those, the parties the title names after "between". A subject that describes rather than names
 * ("the two sides", "Hong Kong and Shanghai") gives none.
 */
final class EnglishSignings {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|Co|No|St|Messrs))[.!?][”\"’)]?\\s+(?=[A-Z“\"(])");
  /** signed, signs, sign, inked; signing only as "the signing of". */
  private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?<!\\b(?:a|the)\\s)(?:signed|signs|sign|inked)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOUN = Pattern.compile("(?<![\\p{L}])signing\\s+of(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  /** What may stand between the signing word and the first title: articles, counts, listing words. */
  private static final Set<String> GAP_WORDS =
      Set.of("the", "a", "an", "also", "jointly", "formally", "officially", "today", "respectively", "then", "following",
          "namely", "including", "include", "included", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "co-operation", "cooperation", "documents", "document", "agreements", "their", "of", "as", "is", "are", "were", "was",
          "which", "both", "on", "behalf", "governments", "sides");
  /** Between titles signed together: "and", "as well as", commas, articles. */
  private static final Pattern CHAIN = Pattern.compile("^[\\s,;]*(?:(?:and|as\\s+well\\s+as|also|the|a|an)[\\s,]+)*$");
  /** After the last title of a chain: "… was signed", "…, signed by …", "… were also signed". */
  private static final Pattern PASSIVE = Pattern.compile(
      "^\\s*(?:,\\s*(?:(?:which|that)\\s+)?)?(?:(?:was|were|has\\s+been|have\\s+been)\\s+)(?:(?:also|jointly|formally|officially|then)\\s+)?(?:signed|inked)(?![\\p{L}])"
          + "|^\\s*,\\s*(?:(?:also|jointly|formally)\\s+)?(?:signed|inked)\\s+(?:by|at|during|today|here)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY = Pattern.compile("^[^,;:.]*?\\bby\\s+([^,;:]+?)(?=\\s*(?:[,;:]|\\.(?:\\s|$)|$))");
  /** A signing in the past rather than in this text: "signed in 2010", "had signed", "signed … years ago". */
  private static final Pattern EARLIER = Pattern.compile(
      "\\bhad\\s+(?:\\w+\\s+)?(?:signed|been\\s+signed)\\b|\\bsigned\\s+(?:back\\s+)?in\\s+(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d\\d\\b"
          + "|\\b(?:in|since)\\s+(?:19|20)\\d\\d\\b|\\byears\\s+ago\\b|\\blast\\s+year\\b|\\bpreviously\\b|\\bearlier\\b");
  private static final Pattern SUBJECT_TAIL = Pattern.compile(
      "(?:\\s+(?:also|have|has|jointly|formally|officially|then|both|today|together|will|would|later|subsequently))+\\s*$", Pattern.CASE_INSENSITIVE);
  /** "The" that opens a sentence is an article, unless it is part of a name (The University of Hong Kong). */
  private static final Pattern SENTENCE_ARTICLE = Pattern.compile("^The\\s+(?!University\\b)");
  private static final Pattern PERSON =
      Pattern.compile("(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\\.?\\s+[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*){0,3}");
  private static final Pattern PERSON_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

  private EnglishSignings() {}

  /** The documents {@code text} says are signed, numbered 1, 2 … in order. */
  static List<Agreement> find(String text) {
    List<Agreement> out = new ArrayList<>();
    if (!SigningWords.mentionsSigning(text)) {
      return out;
    }
    int start = 0;
    Matcher end = SENTENCE_END.matcher(text);
    while (start < text.length()) {
      int stop = end.find(start) ? end.end() : text.length();
      sentence(text.substring(start, stop), out);
      start = stop;
    }
    return out;
  }

  private static void sentence(String s, List<Agreement> out) {
    if (!SigningWords.mentionsSigning(s) || EARLIER.matcher(s).find()) {
      return;
    }
    List<EnglishTitles.Span> titles = EnglishTitles.find(s);
    int i = 0;
    while (i < titles.size()) {
      int j = i;
      while (j + 1 < titles.size() && CHAIN.matcher(s.substring(titles.get(j).end(), titles.get(j + 1).start())).matches()) {
        j++;
      }
      List<EnglishTitles.Span> chain = titles.subList(i, j + 1);
      List<String> parties = null;
      int chainStart = chain.get(0).start();
      int chainEnd = chain.get(chain.size() - 1).end();
      String after = s.substring(chainEnd);
      Matcher passive = PASSIVE.matcher(after);
      int[] anchor = anchorBefore(s, chainStart, i == 0 ? 0 : titles.get(i - 1).end());
      if (anchor != null) {
        parties = anchor[2] == 1 ? subject(s.substring(0, anchor[0])) : byPhrase(after);
      } else if (passive.find()) {
        parties = byPhrase(after.substring(passive.start()));
      }
      if (parties != null) {
        for (EnglishTitles.Span t : chain) {
          out.add(AgreementParser.namedEnglish(out.size() + 1, t.text(s), parties));
        }
      }
      i = j + 1;
    }
  }

  /**
   * The signing word whose object the title at {@code title} is: {start, end, 1 for a verb or 0 for
   * "signing of"}, or null if other words stand between.
   */
  private static int[] anchorBefore(String s, int title, int from) {
    int[] best = null;
    Matcher v = VERB.matcher(s).region(from, title);
    while (v.find()) {
      best = new int[] {v.start(), v.end(), 1};
    }
    Matcher n = NOUN.matcher(s).region(from, title);
    while (n.find()) {
      if (best == null || n.start() > best[0]) {
        best = new int[] {n.start(), n.end(), 0};
      }
    }
    if (best == null) {
      return null;
    }
    String gap = s.substring(best[1], title).replaceAll("[,:—–“”\"‘’(-]", " ").toLowerCase(java.util.Locale.ROOT);
    for (String word : gap.trim().split("\\s+")) {
      if (!word.isEmpty() && !GAP_WORDS.contains(word) && !word.matches("\\d+")) {
        return null;
      }
    }
    return best;
  }

  /** The signers a clause names before "signed": organisations or people, or none. */
  private static List<String> subject(String before) {
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
    String subject = Whitespace.trim(before.substring(clause + 1));
    if (clause < 0) {
      subject = SENTENCE_ARTICLE.matcher(subject).replaceFirst("the ");
    }
    subject = Whitespace.trim(SUBJECT_TAIL.matcher(PartyWords.englishWithoutTail(subject)).replaceFirst(""));
    return names(subject);
  }

  /** The signers named after "by" ("signed by A and B", "the signing of … by A and B"), or none. */
  private static List<String> byPhrase(String after) {
    Matcher m = BY.matcher(after.replaceFirst("^[\\s,]+", ""));
    return m.find() ? names(Whitespace.trim(PartyWords.englishWithoutTail(m.group(1)))) : List.of();
  }

  private static List<String> names(String phrase) {
    if (phrase.isEmpty() || phrase.toLowerCase(java.util.Locale.ROOT).contains("witness")) {
      return List.of();
    }
    List<String> people = new ArrayList<>();
    for (String piece : PERSON_SEPARATOR.split(phrase)) {
      if (!PERSON.matcher(Whitespace.trim(piece)).matches()) {
        people.clear();
        break;
      }
      people.add(Whitespace.trim(piece));
    }
    if (people.size() >= 2) {
      return List.copyOf(people);
    }
    List<String> orgs = PartyNames.english(phrase);
    return orgs.size() >= 2 ? orgs : List.of();
  }
}
