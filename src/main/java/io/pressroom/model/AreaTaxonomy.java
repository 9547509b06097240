package io.pressroom.model;

import io.pressroom.text.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cooperation areas (金融 / Finance …) and the names they go by.
 *
 * <p>Loaded from {@code areas.tsv}, so adding an area or an alias is a data change. Names match
 * whatever the script (Traditional/Simplified), case, punctuation or small wording differences
 * ({@code Innovation and Technology} = {@code innovation & technology}). A heading outside the
 * taxonomy still becomes an area, with an id derived from its Simplified text.
 */
public final class AreaTaxonomy {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern CONNECTOR = Pattern.compile("\\b(?:and|the|of)\\b|[和及与]");

  private final List<Area> areas;
  private final Map<String, Area> byKey;

  private AreaTaxonomy(List<Area> areas, Map<String, Area> byKey) {
    this.areas = List.copyOf(areas);
    this.byKey = Map.copyOf(byKey);
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
      for (String name : names) {
        String key = key(name);
        Area prev = byKey.putIfAbsent(key, area);
        if (prev != null && !prev.id().equals(area.id())) {
          throw new IllegalStateException(
              "areas.tsv line " + n + ": '" + name + "' already names area " + prev.id());
        }
      }
    }
    return new AreaTaxonomy(areas, byKey);
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
    return resolve(heading).orElseGet(() -> unlisted(heading));
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
