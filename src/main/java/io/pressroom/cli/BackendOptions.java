package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.search.Glossary;
import io.pressroom.solr.SolrStore;
import io.pressroom.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which store a command uses: the embedded index in a folder (the default) or a SolrCloud
 * collection ({@code --backend solrcloud --zk HOST:PORT[/chroot] --collection NAME}).
 */
final class BackendOptions {
  /** The backends. */
  enum Backend { embedded, solrcloud }

  @Option(names = "--backend", defaultValue = "embedded",
      description = "Search backend: embedded (an index folder) or solrcloud (default: ${DEFAULT-VALUE}).")
  Backend backend;

  @Option(names = "--index", defaultValue = "index", description = "Index folder of the embedded backend (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]",
      description = "ZooKeeper of the SolrCloud (--backend solrcloud), with the chroot the cluster lives under,"
          + " e.g. zk1:2181,zk2:2181/solr.")
  String zk;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "SolrCloud collection created from `pressroom solr-configset` (--backend solrcloud).")
  String collection;

  /** Opens the archive in the chosen store, for reading and writing. */
  Archive open(Glossary glossary) throws IOException {
    return Archive.open(store(false), glossary);
  }

  /**
   * Opens the archive for reading only: the embedded index without its write lock, so it can be
   * read while a server writes it.
   */
  Archive openReadOnly(Glossary glossary) throws IOException {
    return Archive.open(store(true), glossary);
  }

  private Store store(boolean readOnly) throws IOException {
    return switch (backend) {
      case embedded -> {
        if (zk != null || collection != null) {
          throw new IOException("--zk and --collection name a SolrCloud collection: add --backend solrcloud");
        }
        yield readOnly ? LuceneStore.openReadOnly(index) : LuceneStore.open(index);
      }
      case solrcloud -> {
        if (zk == null || zk.isBlank() || collection == null || collection.isBlank()) {
          throw new IOException("--backend solrcloud needs --zk HOST:PORT[/chroot] and --collection NAME");
        }
        yield SolrStore.connect(zk, collection);
      }
    };
  }

  /** Whether the chosen store is an index folder that does not exist yet. */
  boolean missingIndex() {
    return backend == Backend.embedded && !java.nio.file.Files.isDirectory(index);
  }
}
