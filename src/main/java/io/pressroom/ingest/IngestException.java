package io.pressroom.ingest;

/**
 * A press release that cannot be ingested: the message names the input and the reason (empty,
 * binary, not UTF-8, too large …), so a person can fix it. Nothing is written for such an input.
 */
public class IngestException extends Exception {
  private final String source;
  private final Reason reason;

  public IngestException(String source, Reason reason, String detail) {
    super(source + ": " + detail);
    this.source = source;
    this.reason = reason;
  }

  /** The file name or other label of the input. */
  public String source() {
    return source;
  }

  /** Why it was refused, for callers that map reasons to status codes (413 for TOO_LARGE …). */
  public Reason reason() {
    return reason;
  }

  /** Why an input was refused. */
  public enum Reason {
    EMPTY,
    BINARY,
    INVALID_ENCODING,
    TOO_LARGE,
    UNREADABLE,
    NO_TEXT,
    /** Another file of the same ingest already has the release id this one would get. */
    DUPLICATE_ID,
    /** The release id a caller asked for is not one (posted with {@code id}). */
    BAD_ID
  }
}
