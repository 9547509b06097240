package io.pressroom.search;

import io.pressroom.model.Agreement;
import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import io.pressroom.text.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives every party of an agreement an organisation id that is the same in any script or language,
 * so "every agreement with the HKTDC" is one facet value: a Chinese name's id is its Simplified
 * form (香港大學 and 香港大学 are one), an English name's is the Simplified Chinese name the glossary
 * gives it (University of Hong Kong → 香港大学), else the English name in lower case.
 */
public final class Organisations {
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Glossary glossary;

  public Organisations(Glossary glossary) {
    this.glossary = glossary;
  }

  /** {@code r} with the organisation ids of every agreement's parties. */
  public ParsedRelease withOrganisations(ParsedRelease r) {
    if (r.paragraphs().stream().allMatch(p -> p.agreements().isEmpty())) {
      return r;
    }
    List<Paragraph> out = new ArrayList<>(r.paragraphs().size());
    for (Paragraph p : r.paragraphs()) {
      out.add(p.agreements().isEmpty() ? p : p.mapAgreements(this::withOrganisations));
    }
    return r.withParagraphs(out);
  }

  private Agreement withOrganisations(Agreement a) {
    return a.withOrganisations(a.parties().stream().map(this::id).toList());
  }

  /** The organisation id of a party's name. */
  public String id(String party) {
    String name = SPACES.matcher(party.strip()).replaceAll(" ");
    if (ChineseScript.hasHan(name)) {
      return ChineseScript.toSimplified(name);
    }
    String english = LEADING_THE.matcher(name).replaceFirst("");
    List<String> words = List.of(english.split(" "));
    Optional<String> chinese = glossary.findEnglish(words).stream()
        .filter(m -> m.start() == 0 && m.end() == words.size() && !m.entry().simplified().isEmpty())
        .map(m -> m.entry().simplified().get(0))
        .findFirst();
    return chinese.orElse(english.toLowerCase(Locale.ROOT));
  }

  /** The glossary entry of an organisation id, if the glossary knows it. */
  public Optional<Glossary.Entry> entry(String id) {
    return ChineseScript.hasHan(id) ? glossary.findChinese(id) : Optional.empty();
  }

}
