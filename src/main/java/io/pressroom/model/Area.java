package io.pressroom.model;

import java.util.Map;

/**
 * A cooperation area (金融 / Finance …): a stable slug id and its labels per language.
 *
 * @param id short English slug, e.g. {@code finance}; for a heading outside the taxonomy, derived
 *     from its Simplified-Chinese text
 * @param labels labels keyed by {@code zh-Hant}, {@code zh-Hans}, {@code en}
 */
public record Area(String id, Map<String, String> labels) {
  public Area {
    labels = Map.copyOf(labels);
  }

  /** The label in the given language, falling back to Traditional Chinese, then the id. */
  public String label(String lang) {
    String l = labels.get(lang);
    if (l == null) {
      l = labels.get("zh-Hant");
    }
    return l == null ? id : l;
  }
}
