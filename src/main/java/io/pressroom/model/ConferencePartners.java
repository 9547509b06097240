package io.pressroom.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Mainland partners of Hong Kong's co-operation conferences (上海/滬/Shanghai, 廣東/粵/Guangdong …)
 * and the names they and their conferences go by in the three scripts, loaded from {@code
 * partners.tsv}, so that a new partner or a new way of naming one is a data change.
 */
public final class ConferencePartners {
  private static final String[] LANGS = {"zh-Hant", "zh-Hans", "en"};

  /**
   * A partner.
   *
   * @param id stable id, e.g. {@code shanghai}
   * @param labels the partner's name by language ({@code zh-Hant}, {@code zh-Hans}, {@code en})
   * @param conferenceLabels the conference's name by language
   * @param names other names of the partner (上海市, 滬, Shanghai Municipality …)
   * @param conferenceNames other names of the conference, past and present, in any script
   */
  public record Partner(
      String id, Map<String, String> labels, Map<String, String> conferenceLabels, List<String> names, List<String> conferenceNames) {
    public Partner {
      labels = Map.copyOf(labels);
      conferenceLabels = Map.copyOf(conferenceLabels);
      names = List.copyOf(names);
      conferenceNames = List.copyOf(conferenceNames);
    }

    /** Every name of the conference: its labels, then its other names. */
    public List<String> allConferenceNames() {
      List<String> all = new ArrayList<>();
      for (String lang : LANGS) {
        all.add(conferenceLabels.get(lang));
      }
      all.addAll(conferenceNames);
      return all;
    }

    /** Session {@code number} of this partner's conference (null for a meeting without a number). */
    public Conference session(Integer number) {
      return new Conference(id, conferenceLabels, number);
    }
  }

  private final List<Partner> partners;

  private ConferencePartners(List<Partner> partners) {
    this.partners = List.copyOf(partners);
  }

  private static final class Holder {
    static final ConferencePartners DEFAULT = load("partners.tsv");
  }

  /** The shipped partners. */
  public static ConferencePartners standard() {
    return Holder.DEFAULT;
  }

  /** The partners in file order. */
  public List<Partner> partners() {
    return partners;
  }

  /** The partner with {@code id}, if any. */
  public Optional<Partner> byId(String id) {
    return partners.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  static ConferencePartners load(String resource) {
    try (InputStream in = ConferencePartners.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConferencePartners parse(BufferedReader reader) throws IOException {
    List<Partner> partners = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IllegalStateException("partners.tsv line " + n + ": expected id, partner labels, conference labels");
      }
      partners.add(
          new Partner(
              cols[0].strip(), labels(cols[1], n), labels(cols[2], n), list(cols, 3), list(cols, 4)));
    }
    return new ConferencePartners(partners);
  }

  private static Map<String, String> labels(String cell, int line) {
    String[] parts = cell.split("\\|", -1);
    if (parts.length != LANGS.length) {
      throw new IllegalStateException("partners.tsv line " + line + ": expected zh-Hant|zh-Hans|en in '" + cell + "'");
    }
    return Map.of(LANGS[0], parts[0].strip(), LANGS[1], parts[1].strip(), LANGS[2], parts[2].strip());
  }

  private static List<String> list(String[] cols, int i) {
    if (cols.length <= i || cols[i].isBlank()) {
      return List.of();
    }
    return Arrays.stream(cols[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
