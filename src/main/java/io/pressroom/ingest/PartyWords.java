package io.pressroom.ingest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words around the parties that running text names as signing a document, which are no part
 * of a party's name ({@code party-words.tsv}): where, when and how they signed (「龔正於會上」,
 * 「龔正在會議上共同」, 「30日在香港」, 「分別代表兩地政府」; ", signed at the meeting"), the witnesses named
 * before them (「在李家超與龔正見證下」), descriptions rather than names (「兩地政府部門及機構」) and
 * sentence openers (「此外」).
 */
final class PartyWords {
  /** A name cut shorter than this is no name: the cut was wrong (文在寅 is no 文 在寅). */
  private static final int MIN_NAME_CHARS = 2;
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[與与、\\s\\u00A0\\u3000]");
  private static final Pattern TAIL;
  private static final Pattern WITNESS;
  private static final Pattern DESCRIPTION;
  private static final Pattern LEAD;
  private static final Pattern ENGLISH_TAIL;

  static {
    Map<String, List<String>> roles = Vocabulary.byRole("party-words.tsv", "tail", "witness", "description", "lead", "english-tail");
    TAIL = Pattern.compile(alternatives(roles.get("tail")) + "$");
    WITNESS = Pattern.compile(alternatives(roles.get("witness")));
    DESCRIPTION = Pattern.compile(alternatives(roles.get("description")));
    LEAD = Pattern.compile("^" + alternatives(roles.get("lead")) + "[，,、\\s]*");
    ENGLISH_TAIL = Pattern.compile(alternatives(roles.get("english-tail")) + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private PartyWords() {}

  /** {@code names} without the witnesses named before them (「在A與B見證下C與D」 → 「C與D」). */
  static String withoutWitnesses(String names) {
    Matcher m = WITNESS.matcher(names);
    return m.find() ? Whitespace.trim(names.substring(m.end())) : names;
  }

  /**
   * {@code names} without one phrase of place, time or manner at its end (「林鄭月娥與龔正於會上」 →
   * 「林鄭月娥與龔正」): the longest such phrase that leaves the last name at least two characters long;
   * {@code names} itself if none does.
   */
  static String withoutTail(String names) {
    Matcher m = TAIL.matcher(names);
    for (int k = 0; k < names.length(); k++) {
      m.region(k, names.length());
      if (m.lookingAt()) {
        String rest = Whitespace.trim(names.substring(0, k));
        String[] parts = NAME_SEPARATOR.split(rest, -1);
        if (parts[parts.length - 1].length() >= MIN_NAME_CHARS) {
          return rest;
        }
      }
    }
    return names;
  }

  /** Whether a party describes the signers rather than naming them (「兩地政府部門」, 「有關機構」). */
  static boolean isDescription(String party) {
    return DESCRIPTION.matcher(party).find();
  }

  /** {@code clause} without the openers it starts with (「此外，」, 「會後」). */
  static String withoutLead(String clause) {
    String s = Whitespace.trim(clause);
    Matcher m = LEAD.matcher(s);
    while (m.lookingAt() && m.end() > 0) {
      s = Whitespace.trim(s.substring(m.end()));
      m = LEAD.matcher(s);
    }
    return s;
  }

  /** English parties without what follows their names: ", signed at the meeting", "at the signing ceremony" … */
  static String englishWithoutTail(String segment) {
    String s = segment;
    for (Matcher m = ENGLISH_TAIL.matcher(s); m.find() && m.start() > 0; m = ENGLISH_TAIL.matcher(s)) {
      s = Whitespace.trim(s.substring(0, m.start()));
    }
    return s;
  }

  private static String alternatives(List<String> patterns) {
    return patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|", "(?:", ")"));
  }
}
