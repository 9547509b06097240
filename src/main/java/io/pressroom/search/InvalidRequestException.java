package io.pressroom.search;

/**
 * A search or ingest request that cannot be served as given: names the parameter and says what
 * was wrong, so the HTTP layer can answer 400 with a message a person can act on.
 */
public class InvalidRequestException extends RuntimeException {
  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The request parameter at fault (e.g. {@code q}, {@code size}), or null. */
  public String parameter() {
    return parameter;
  }
}
