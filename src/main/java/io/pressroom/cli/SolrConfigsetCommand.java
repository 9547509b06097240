package io.pressroom.cli;

import io.pressroom.solr.SolrConfigset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pressroom solr-configset --out DIR}: writes the Solr configset of a Pressroom collection. */
@Command(name = "solr-configset", mixinStandardHelpOptions = true,
    description = "Write the Solr configset (schema with Pressroom's analyzers, solrconfig with its query "
        + "parser, glossary) for a SolrCloud collection; see docs/scale-out.md for uploading it.")
final class SolrConfigsetCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the configset into.")
  Path out;

  @Option(names = "--glossary", paramLabel = "FILE",
      description = "Extra glossary entries for the nodes' query parser (default: glossary.tsv in --corpus, if present).")
  Path glossaryFile;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder, for its glossary.tsv (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    List<Path> files = SolrConfigset.write(out, GlossaryOption.userFile(glossaryFile, corpus));
    files.forEach(f -> Console.out().println("wrote " + f));
    Console.out().printf("Configset ready in %s. Each Solr node also needs Pressroom's jar without dependencies (target/pressroom-<version>.jar)"
        + " in its lib folder; see docs/scale-out.md.%n", out);
    return 0;
  }
}
