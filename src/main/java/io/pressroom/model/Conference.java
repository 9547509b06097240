package io.pressroom.model;

import java.util.Map;

/**
 * The session of a Hong Kong–Mainland co-operation conference a release reports, e.g. the sixth
 * session of the Shanghai–Hong Kong Co-operation Conference.
 *
 * @param partner the mainland partner's id, e.g. {@code shanghai} ({@link ConferencePartners})
 * @param labels the conference's name by language ({@code zh-Hant}, {@code zh-Hans}, {@code en})
 * @param session the session's number, or null for a meeting the release does not number
 */
public record Conference(String partner, Map<String, String> labels, Integer session) {
  public Conference {
    labels = Map.copyOf(labels);
  }

  /** The id of the session, {@code shanghai-6}, or of the partner alone when unnumbered. */
  public String sessionId() {
    return session == null ? partner : partner + "-" + session;
  }
}
