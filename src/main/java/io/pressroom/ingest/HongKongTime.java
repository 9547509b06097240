package io.pressroom.ingest;

import io.pressroom.model.ConferencePartners;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hong Kong and Mainland sources write their dates in UTC+08:00. A release whose publisher is not
 * listed is taken to be such a source when it is in Chinese (which {@link ReleaseParser} decides)
 * or, in English, when its text names Hong Kong or one of the Mainland partners ({@link
 * ConferencePartners}).
 */
final class HongKongTime {
  private static final Pattern ABOUT = names();

  private HongKongTime() {}

  /** Whether an English release's {@code text} is about Hong Kong or the Mainland. */
  static boolean applies(String text) {
    return ABOUT.matcher(text).find();
  }

  private static Pattern names() {
    List<String> names = new ArrayList<>(List.of("Hong Kong", "HKSAR", "Mainland"));
    ConferencePartners.standard().partners().forEach(p -> names.add(p.labels().get("en")));
    return Pattern.compile("\\b(?:" + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
  }
}
