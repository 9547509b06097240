package io.pressroom.http;

/**
 * A request the API refuses, with the HTTP status, a stable machine-readable code and a message a
 * person can act on. {@link ApiErrors} turns it into the JSON error body.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** 400: a parameter is missing, malformed or out of range. */
  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  /** 404: no such release, paragraph or route. */
  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
