package io.pressroom.solr;

import io.pressroom.search.BackendUnavailableException;
import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs writes to SolrCloud again while the failure is one a retry can cure (a node restarting, a
 * leader being elected), with back-off; answers Solr refuses fail at once.
 */
final class SolrRetry {
  private static final Logger LOG = LoggerFactory.getLogger(SolrRetry.class);

  /** Attempts of a write before it fails; the back-off doubles from 250 ms up to 4 s (≈ 24 s in all). */
  static final int ATTEMPTS = 10;

  private SolrRetry() {}

  /** A call to Solr that may fail for a while (a node restarting, a leader being elected). */
  @FunctionalInterface
  interface SolrCall {
    Object run() throws SolrServerException, IOException;
  }

  /** Runs {@code call}, retrying with back-off on failures a retry can cure; 4xx answers fail at once. */
  static void retry(String what, SolrCall call) throws IOException {
    long backoff = 250;
    for (int attempt = 1; ; attempt++) {
      try {
        call.run();
        return;
      } catch (SolrServerException | IOException | SolrException e) {
        if (e instanceof SolrException se && se.code() >= 400 && se.code() < 500 && se.code() != 404 && se.code() != 409) {
          throw new IOException(what + " was refused by SolrCloud: " + message(e), e);
        }
        if (attempt >= ATTEMPTS) {
          throw new BackendUnavailableException(what + " failed after " + attempt + " attempts: " + message(e), e);
        }
        LOG.warn("{} failed (attempt {} of {}): {}; retrying in {} ms", what, attempt, ATTEMPTS, message(e), backoff);
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException(what + " interrupted");
        }
        backoff = Math.min(backoff * 2, 4000);
      }
    }
  }

  static String message(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().findFirst().orElse(m);
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
