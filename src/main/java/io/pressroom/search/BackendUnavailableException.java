package io.pressroom.search;

import java.io.IOException;

/**
 * The search backend could not answer for now (SolrCloud nodes down or unreachable), as opposed to
 * a request it refuses or a bug: the HTTP API answers 503, and a retry later may succeed.
 */
public final class BackendUnavailableException extends IOException {
  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
