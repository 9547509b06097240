package io.pressroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code pressroom.jar}: dispatches to one subcommand per task. */
@Command(
    name = "pressroom",
    mixinStandardHelpOptions = true,
    version = "pressroom 0.1.0",
    description = "Bilingual (Chinese + English) full-text search for press releases.",
    subcommands = {
      ParseCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      BackupCommand.class,
      GenerateCommand.class,
      SolrConfigsetCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        })
        .execute(args);
  }
}
