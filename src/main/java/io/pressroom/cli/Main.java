package io.pressroom.cli;

import io.pressroom.search.InvalidRequestException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      CompareCommand.class,
      ServeCommand.class,
      BackupCommand.class,
      ReindexCommand.class,
      GenerateCommand.class,
      SolrConfigsetCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** What every command's error lines start with. */
  static final String ERROR = "error: ";

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status (for tests): 0 done, 1 failed (or some
   * files failed), 2 a bad request (an unknown option, a bad value, no index).
   */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setOut(new PrintWriter(Console.out(), true))
        .setErr(new PrintWriter(Console.err(), true))
        .setParameterExceptionHandler((e, a) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println(ERROR + e.getMessage());
          err.println("(" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help lists the options)");
          return 2;
        })
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof InvalidRequestException) {
            cmd.getErr().println(ERROR + e.getMessage());
            return 2;
          }
          cmd.getErr().println(ERROR + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        })
        .execute(args);
  }

  /** Prints {@code message} as an error on standard error and returns {@code status}. */
  static int fail(String message, int status) {
    Console.err().println(ERROR + message);
    return status;
  }

  /** The error of a command that reads an index folder that is not there. */
  static String noIndex(Path index) {
    return "no index at " + index + " (run: pressroom ingest corpus --index " + index + ")";
  }
}
