package io.pressroom.model;

import io.pressroom.text.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cooperation areas (金融 / Finance …) and the names they go by.
 *
 * <p>Loaded from {@code areas.tsv}, so adding an area or an alias is a data change. Names match
 * whatever the script (Traditional/Simplified), case, punctuation or small wording differences
 * ({@code Innovation and Technology} = {@code innovation & technology}). A heading worded otherwise
 * still finds its area when the names of one area make up most of it ({@link #match}); a heading
 * outside the taxonomy still becomes an area, with an id derived from its Simplified text.
 */
public final class AreaTaxonomy {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern CONNECTOR = Pattern.compile("\\b(?:and|the|of)\\b|[和及与]");
  /**
   * Words that say "co-operation" or "exchanges" rather than which area, left out when a heading is
   * matched against the names ({@link #match}): 「金融合作」 is 金融, "Youth Exchanges" is Youth.
   */
  private static final Pattern GENERIC_HAN = Pattern.compile("合作|交流");
  private static final Set<String> GENERIC_WORDS = Set.of(
      "co", "operation", "cooperation", "collaboration", "exchange", "and", "the", "of", "in", "on", "for", "with",
      "to", "a", "an", "s");
  /** An English word is compared by its first letters, after a plural ending: financial = finance. */
  private static final int STEM = 6;
  /** The share of a heading that one area's names must make up for {@link #match} to name it. */
  private static final double MIN_COVERED = 2.0 / 3;

  private final List<Area> areas;
  private final Map<String, Area> byKey;
  /** Per area (in order), the keys of its Chinese names. */
  private final List<List<String>> hanNames = new ArrayList<>();
  /** Per area (in order), the word stems of each of its other names. */
  private final List<List<Set<String>>> wordNames = new ArrayList<>();

  private AreaTaxonomy(List<Area> areas, Map<String, Area> byKey, List<List<String>> names) {
    this.areas = List.copyOf(areas);
    this.byKey = Map.copyOf(byKey);
    for (List<String> ofArea : names) {
      List<String> han = new ArrayList<>();
      List<Set<String>> words = new ArrayList<>();
      for (String name : ofArea) {
        if (ChineseScript.hasHan(name)) {
          String k = hanKey(name);
          if (!k.isEmpty()) {
            han.add(k);
          }
        } else {
          Set<String> w = stems(name);
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      hanNames.add(List.copyOf(han));
      wordNames.add(List.copyOf(words));
    }
  }

  private static final class Holder {
    static final AreaTaxonomy DEFAULT = load("areas.tsv");
  }

  /** The shipped taxonomy (the 15 areas of the HK–Mainland cooperation conferences). */
  public static AreaTaxonomy standard() {
    return Holder.DEFAULT;
  }

  /** Loads a taxonomy from a resource next to this class. */
  static AreaTaxonomy load(String resource) {
    try (InputStream in = AreaTaxonomy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AreaTaxonomy parse(BufferedReader reader) throws IOException {
    List<Area> areas = new ArrayList<>();
    Map<String, Area> byKey = new LinkedHashMap<>();
    List<List<String>> allNames = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 4) {
        throw new IllegalStateException("areas.tsv line " + n + ": expected id, zh-Hant, zh-Hans, en");
      }
      Area area =
          new Area(cols[0].trim(), Map.of("zh-Hant", cols[1].trim(), "zh-Hans", cols[2].trim(), "en", cols[3].trim()));
      areas.add(area);
      List<String> names = new ArrayList<>(List.of(cols[0], cols[1], cols[2], cols[3]));
      if (cols.length > 4 && !cols[4].isBlank()) {
        names.addAll(List.of(cols[4].split("\\|")));
      }
      allNames.add(names);
      for (String name : names) {
        String key = key(name);
        Area prev = byKey.putIfAbsent(key, area);
        if (prev != null && !prev.id().equals(area.id())) {
          throw new IllegalStateException(
              "areas.tsv line " + n + ": '" + name + "' already names area " + prev.id());
        }
      }
    }
    return new AreaTaxonomy(areas, byKey, allNames);
  }

  /** The areas in display order. */
  public List<Area> areas() {
    return areas;
  }

  /** The area an id, label or alias names, in any script or language; empty if none. */
  public Optional<Area> resolve(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = key(name);
    return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
  }

  /**
   * The area for a section heading: the taxonomy's if the heading names one, otherwise a new area
   * whose id is derived from the heading's Simplified text and whose labels are the heading itself.
   */
  public Area forHeading(String heading) {
    return match(heading).orElseGet(() -> unlisted(heading));
  }

  /**
   * The area a heading names, also when it is worded otherwise than the names in the taxonomy:
   * the area it {@link #resolve resolves} to, or else the one area whose names, found whole in the
   * heading, make up at least two thirds of it. Chinese is compared by characters (「金融合作」 holds
   * 金融), other text by words, each by its first six letters (financial = finance); words of
   * co-operation (合作, 交流, co-operation, exchanges) and connectors do not count. A heading in
   * which names of two areas are found, or mostly other words, names none: 「文化和旅遊」 (文化 is
   * half of it), "Services Industries", 「城市規劃建設管理和環境保護」.
   */
  public Optional<Area> match(String heading) {
    Optional<Area> exact = resolve(heading);
    if (exact.isPresent() || heading == null) {
      return exact;
    }
    return ChineseScript.hasHan(heading) ? matchHan(hanKey(heading)) : matchWords(new ArrayList<>(stems(heading)));
  }

  private Optional<Area> matchHan(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<BitSet> covered = new ArrayList<>();
    for (List<String> names : hanNames) {
      BitSet c = new BitSet(key.length());
      for (String name : names) {
        for (int at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
          c.set(at, at + name.length());
        }
      }
      covered.add(c);
    }
    return best(covered, key.length());
  }

  private Optional<Area> matchWords(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<BitSet> covered = new ArrayList<>();
    for (List<Set<String>> names : wordNames) {
      BitSet c = new BitSet(words.size());
      for (Set<String> name : names) {
        if (words.containsAll(name)) {
          for (int i = 0; i < words.size(); i++) {
            if (name.contains(words.get(i))) {
              c.set(i);
            }
          }
        }
      }
      covered.add(c);
    }
    return best(covered, words.size());
  }

  /** The area covering most of a heading of {@code size} units, if enough and no other area covers the rest. */
  private Optional<Area> best(List<BitSet> covered, int size) {
    int best = -1;
    for (int i = 0; i < covered.size(); i++) {
      if (best < 0 || covered.get(i).cardinality() > covered.get(best).cardinality()) {
        best = i;
      }
    }
    if (best < 0 || covered.get(best).cardinality() < MIN_COVERED * size) {
      return Optional.empty();
    }
    for (int i = 0; i < covered.size(); i++) {
      BitSet other = (BitSet) covered.get(i).clone();
      other.andNot(covered.get(best));
      if (i != best && !other.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(areas.get(best));
  }

  /** Where a list of names is cut into names: 「教育、青年」, 「文化、體育和旅遊」, "education and youth". */
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[、,，/／;；]|以及|[和及與与暨]|\\s+(?:and|&)\\s+");

  /**
   * The listed areas a list of names names, in the order named, each once: the one area the whole
   * names if {@link #match} finds one (「航空、航運和物流」, 「文化及創意產業」), else the area of each
   * name cut at 、 , and 和 及 與 ("and"), names of no listed area left out: 「教育、青年」 →
   * education-talent, youth-development; 「文化、體育和旅遊」 → culture-creative, sports; 「服務業」 →
   * none.
   */
  public List<Area> matchEach(String names) {
    if (names == null) {
      return List.of();
    }
    Optional<Area> whole = match(names);
    if (whole.isPresent()) {
      return List.of(whole.get());
    }
    List<Area> out = new ArrayList<>();
    for (String name : NAME_SEPARATOR.split(names)) {
      if (!name.isBlank()) {
        match(name.strip()).filter(a -> !out.contains(a)).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /**
   * How many times {@code text} names {@code area} by one of its names (Chinese by characters,
   * other text by words, as {@link #match} compares them); names inside a longer name count once.
   * 0 for an area not listed.
   */
  public int mentions(Area area, String text) {
    int i = areas.indexOf(area);
    if (i < 0 || text == null) {
      return 0;
    }
    String key = key(text);
    BitSet han = new BitSet(key.length());
    for (String name : hanNames.get(i)) {
      for (int at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
        han.set(at, at + name.length());
      }
    }
    List<String> words = stemList(text);
    BitSet latin = new BitSet(words.size());
    for (Set<String> name : wordNames.get(i)) {
      List<String> seq = List.copyOf(name);
      for (int at = 0; at + seq.size() <= words.size(); at++) {
        if (words.subList(at, at + seq.size()).equals(seq)) {
          latin.set(at, at + seq.size());
        }
      }
    }
    return runs(han) + runs(latin);
  }

  /** The number of runs of set bits. */
  private static int runs(BitSet bits) {
    int n = 0;
    for (int at = bits.nextSetBit(0); at >= 0; at = bits.nextSetBit(bits.nextClearBit(at))) {
      n++;
    }
    return n;
  }


  /** The Chinese characters of a name's key, without the words of co-operation. */
  private static String hanKey(String name) {
    String k = GENERIC_HAN.matcher(key(name)).replaceAll("");
    StringBuilder b = new StringBuilder();
    k.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The stems of a name's words, in order, without connectors and words of co-operation. */
  private static Set<String> stems(String name) {
    return new LinkedHashSet<>(stemList(name));
  }

  /** The stems of a text's words, in order and as often as they occur (see {@link #stems}). */
  private static List<String> stemList(String name) {
    List<String> out = new ArrayList<>();
    String s = name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'s", " ");
    for (String w : NOT_WORD.split(s)) {
      if (w.isEmpty() || GENERIC_WORDS.contains(w)) {
        continue;
      }
      if (w.endsWith("ies") && w.length() > 4) {
        w = w.substring(0, w.length() - 3) + "y";
      } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
        w = w.substring(0, w.length() - 1);
      }
      if (GENERIC_WORDS.contains(w) || w.length() < 2) {
        continue;
      }
      out.add(w.length() > STEM ? w.substring(0, STEM) : w);
    }
    return out;
  }

  /** Whether {@code area} is one of the taxonomy's own (not derived from an unknown heading). */
  public boolean isListed(Area area) {
    return areas.stream().anyMatch(a -> a.id().equals(area.id()));
  }

  private static Area unlisted(String heading) {
    String text = heading.strip();
    String simplified = ChineseScript.toSimplified(text);
    String slug = NOT_WORD.matcher(simplified.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      slug = "area-" + Integer.toHexString(text.hashCode());
    }
    boolean latin = text.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    Map<String, String> labels =
        latin ? Map.of("en", text, "zh-Hant", text, "zh-Hans", text) : Map.of("zh-Hant", text, "zh-Hans", simplified, "en", text);
    return new Area(slug, labels);
  }

  /** The comparison key of a name: Simplified, lower case, no punctuation, no connector words. */
  static String key(String name) {
    String s = ChineseScript.toSimplified(name.strip()).toLowerCase(Locale.ROOT).replace("&", " and ");
    s = CONNECTOR.matcher(s).replaceAll(" ");
    return NOT_WORD.matcher(s).replaceAll("");
  }
}
