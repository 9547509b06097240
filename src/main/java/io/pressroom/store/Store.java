package io.pressroom.store;

import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where paragraphs are kept: the one interface a search backend implements (the embedded Lucene
 * index, a SolrCloud collection). It writes and deletes whole releases, commits, and reads through
 * {@link Snapshot}s; every rule about what to write and how to answer a search stays in the core
 * ({@code io.pressroom.core.Archive}).
 *
 * <p>Writes are not visible until {@link #commit()}; a commit publishes whole releases only. The
 * core calls the write methods from one thread at a time.
 */
public interface Store extends Closeable {

  /** Replaces every paragraph of the release with the given ones (visible after the next commit). */
  void write(ParsedRelease release) throws IOException;

  /** Replaces single paragraphs, by id (a link between language versions changed). */
  void rewrite(List<Paragraph> paragraphs) throws IOException;

  /** Removes every paragraph of a release (visible after the next commit). */
  void delete(String releaseId) throws IOException;

  /** Makes every write so far durable and visible to new snapshots. */
  void commit() throws IOException;

  /**
   * Commits, and first merges away every deleted document (the old versions of paragraphs written
   * again or removed), so that term statistics count exactly the paragraphs there are: scores then
   * depend on the paragraphs alone, not on when the backend merged, and every backend scores alike.
   * The core calls it once at the end of each write (a put, an ingest, a delete), {@link #commit()}
   * in between; it rewrites the segments that hold deleted documents.
   */
  default void commitExpunged() throws IOException {
    commit();
  }

  /**
   * Called after a write failed: drops what was written since the last commit where the backend
   * can, and makes the store writable again if the failure stopped its writer. Returns a sentence
   * saying what happened, for the error message, or null when there is nothing to say.
   *
   * @throws IOException when the store cannot take writes again (searches keep serving the last commit)
   */
  String recover() throws IOException;

  /** A consistent view for reading, to be closed after use. */
  Snapshot snapshot() throws IOException;

  /** Where the data is, for messages: "the index folder 'index'", "the SolrCloud collection 'press' (zk)". */
  String describe();

  /** What the store is, in one word, for a health report: "index" (embedded) or "collection" (SolrCloud). */
  default String noun() {
    return "index";
  }

  /**
   * Copies a consistent state of the store into folder {@code target} while it is in use; returns
   * the files copied. A store that cannot (SolrCloud has its own backups) says so.
   */
  default List<String> backup(java.nio.file.Path target) throws IOException {
    throw new UnsupportedOperationException(describe() + " is not backed up by Pressroom; use the backend's own backup");
  }

  /**
   * After a bulk write of {@code written} paragraphs, committed: lets the store arrange its data
   * for reading (the embedded index merges its segments into one when the bulk write was a large
   * part of it). Nothing to do by default.
   */
  default void settle(long written) throws IOException {}
}
