package io.pressroom.store;

import io.pressroom.model.Paragraph;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A view of a {@link Store} to read from: the embedded index holds one commit still while it is
 * open; a remote backend reads its latest state. Close it when done.
 */
public interface Snapshot extends Closeable {

  /** Runs a search plan. */
  StoredPage search(SearchPlan plan) throws IOException;

  /**
   * Every paragraph matching all {@code filters}, in document order: oldest release first, then
   * each release's paragraphs in order ({@link Order#POSITION}).
   */
  void scan(List<Filter> filters, Consumer<Paragraph> sink) throws IOException;

  /**
   * Equal for two snapshots of the same data, so what is computed from one may be cached for the
   * other; negative when this snapshot cannot promise that (then nothing is cached).
   */
  long version();

  @Override
  void close() throws IOException;
}
