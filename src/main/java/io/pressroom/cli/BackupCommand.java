package io.pressroom.cli;

import io.pressroom.core.Archive;
import io.pressroom.search.Glossary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pressroom backup --to DIR}: a consistent copy of the index, taken while it is in use. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Copy the index's last commit into a new folder while searches and writes go on. "
        + "When a server holds the index, back it up through the server (--server URL, with PRESSROOM_ADMIN_TOKEN).")
final class BackupCommand implements Callable<Integer> {
  @Option(names = "--to", required = true, paramLabel = "DIR", description = "A new folder for the copy.")
  Path to;

  @Mixin
  BackendOptions backend;

  @Option(names = "--server", paramLabel = "URL", description = "Back up through the server that holds the index.")
  String server;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Console.out();
    List<String> files;
    if (server != null) {
      files = ServerClient.fromEnvironment(server).backup(to);
    } else {
      try (Archive archive = backend.open(Glossary.standard())) {
        files = archive.backup(to);
      }
    }
    out.printf("backed up %d files into %s; restore by stopping the server and using that folder as --index%n",
        files.size(), to);
    return 0;
  }
}
