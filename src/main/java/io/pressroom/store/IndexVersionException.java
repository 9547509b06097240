package io.pressroom.store;

import java.io.IOException;

/**
 * A store written by another version of Pressroom's field table and analysis: reading it would
 * give silently wrong results, so it is refused, with a message saying how to rebuild it.
 */
public class IndexVersionException extends IOException {
  public IndexVersionException(String message) {
    super(message);
  }
}
