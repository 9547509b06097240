package io.pressroom.store;

import java.io.IOException;

/**
 * A store another process writes (a running server holds the index's write lock): a second writer
 * is refused at once, with a message naming the holder where it is known.
 */
public class StoreLockedException extends IOException {
  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
