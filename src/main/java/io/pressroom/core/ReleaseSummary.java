package io.pressroom.core;

import io.pressroom.model.Release;
import java.util.Comparator;

/** A release with its paragraph count, as the release listing shows it. */
public record ReleaseSummary(Release release, int paragraphs) {
  /** The order of the listing: newest first (undated last), then by id. */
  public static final Comparator<ReleaseSummary> NEWEST_FIRST =
      Comparator.comparing((ReleaseSummary r) -> r.release().published(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(r -> r.release().id());
}
