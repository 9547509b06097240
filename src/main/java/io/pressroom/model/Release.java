package io.pressroom.model;

import java.time.OffsetDateTime;

/**
 * One press release: the metadata every paragraph of it shares.
 *
 * @param id stable id derived from the file name (or, without one, from the content), never a counter
 * @param title the headline
 * @param publisher who published it (a newspaper, a government department), or null if not stated
 * @param published publication date-time with its zone offset, or null if the release gives none
 * @param source the source line of the release (e.g. {@code 香港商報網}), or null
 * @param editor the responsible editor where given, or null
 * @param language dominant language of the release: {@code zh-Hant}, {@code zh-Hans} or {@code en}
 * @param file the file name it was read from, or null for a posted body
 * @param conference the co-operation conference session it reports, or null
 */
public record Release(
    String id,
    String title,
    String publisher,
    OffsetDateTime published,
    String source,
    String editor,
    String language,
    String file,
    Conference conference) {

  /** A release that reports no conference session. */
  public Release(String id, String title, String publisher, OffsetDateTime published, String source, String editor,
      String language, String file) {
    this(id, title, publisher, published, source, editor, language, file, null);
  }

  /** This release with {@code conference}. */
  public Release withConference(Conference conference) {
    return new Release(id, title, publisher, published, source, editor, language, file, conference);
  }
}
