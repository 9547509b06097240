package io.pressroom.model;

import java.util.Locale;

/** What a paragraph is within its release; decides how it is shown and filtered. */
public enum Kind {
  /** Ordinary prose. */
  BODY,
  /** A photo caption (the paragraph after an image). */
  CAPTION,
  /** A paragraph under a cooperation-area heading. */
  CLAUSE,
  /** One entry of a numbered list of signed documents. */
  AGREEMENT;

  /** The lower-case name used in JSON, URLs and the index. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()} (case-insensitive); throws IllegalArgumentException naming the value. */
  public static Kind fromId(String id) {
    for (Kind k : values()) {
      if (k.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + id + "' (expected one of body, caption, clause, agreement)");
  }
}
