package io.pressroom.solr;

import java.io.IOException;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.solr.core.SolrCore;
import org.apache.solr.update.CommitUpdateCommand;
import org.apache.solr.update.DirectUpdateHandler2;
import org.apache.solr.update.UpdateHandler;
import org.apache.solr.util.RefCounted;

/**
 * Solr's update handler, except that a commit with {@code expungeDeletes} leaves no deleted
 * document in the commit it makes, so the collection's term statistics count exactly the paragraphs
 * it holds; registered by the generated solrconfig.xml and run on the Solr node.
 *
 * <p>Solr's own handler merges the segments with deletions once; a segment that a running merge had
 * already taken is skipped, and that merge carries the deletions it did not see over into its new
 * segment, or ends after the commit. Here the commit first waits for the running merges and merges
 * the deleted documents again, as the embedded index does on each commit.
 */
public final class ExpungingUpdateHandler extends DirectUpdateHandler2 {

  /** The handler of a new core. */
  public ExpungingUpdateHandler(SolrCore core) {
    super(core);
  }

  /** The handler of a reloaded core, taking over the previous one's state. */
  public ExpungingUpdateHandler(SolrCore core, UpdateHandler previous) {
    super(core, previous);
  }

  @Override
  public void commit(CommitUpdateCommand cmd) throws IOException {
    if (cmd.expungeDeletes && !cmd.softCommit) {
      RefCounted<IndexWriter> writer = solrCoreState.getIndexWriter(core);
      try {
        expungeDeletes(writer.get());
      } finally {
        writer.decref();
      }
    }
    super.commit(cmd);
  }

  /** Merges until no segment holds a deleted document (with the merge policy's allowance at 0). */
  static void expungeDeletes(IndexWriter w) throws IOException {
    for (int round = 0; round < 3 && w.hasDeletions(); round++) {
      if (round > 0 && w.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
        merges.sync();
      }
      w.forceMergeDeletes(true);
    }
  }
}
