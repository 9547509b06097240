package io.pressroom.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes a release was parsed from, kept with it in the index so that a later version of the
 * parser and the analysis can rebuild the index without the original files ({@code reindex}).
 *
 * @param releaseId the id the release was given
 * @param name the file name it came with (its extension tells the format), or null
 * @param file what {@link Release#file()} records: the path read, or the name posted with a body
 * @param format how it was read: {@code AUTO} (by name and content), {@code HTML} or {@code TEXT}
 * @param content the bytes as they were read
 */
public record ReleaseSource(String releaseId, String name, String file, String format, byte[] content) {
  public ReleaseSource {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReleaseSource s
        && releaseId.equals(s.releaseId)
        && Objects.equals(name, s.name)
        && Objects.equals(file, s.file)
        && format.equals(s.format)
        && Arrays.equals(content, s.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(releaseId, name, file, format, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "ReleaseSource[" + releaseId + ", " + name + ", " + format + ", " + content.length + " bytes]";
  }
}
