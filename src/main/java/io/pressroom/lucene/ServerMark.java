package io.pressroom.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mark a server leaves in the index folder it writes ({@code server.txt}: its address and
 * process id), so a command refused the index's write lock can name the server and say how to
 * write through it.
 */
public final class ServerMark {
  static final String FILE = "server.txt";

  private ServerMark() {}

  /** Marks {@code dir} as written by the server at {@code url} (this process). */
  public static void write(Path dir, String url) throws IOException {
    Files.writeString(dir.resolve(FILE), url + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
  }

  /** Removes the mark (the server stops). */
  public static void remove(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(FILE));
    } catch (IOException ignored) {
      // a stale mark is only advice: it names a server that is gone
    }
  }

  /** The address of the server that marked {@code dir}, or null. */
  public static String url(Path dir) {
    try {
      String[] lines = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).split("\n");
      return lines.length == 0 || lines[0].isBlank() ? null : lines[0].strip();
    } catch (IOException e) {
      return null;
    }
  }

  /** ", by the server at URL (pid N); …" for a message, or what else to say. */
  static String describeHolder(Path dir) {
    String url = url(dir);
    if (url == null) {
      return " (another pressroom command, or a server started before this one marked its folder)";
    }
    return ": the server at " + url + " holds it. Read it meanwhile with `search` or `export` (they open it read-only),"
        + " and write through the server: `pressroom ingest PATH --server " + url + "` with PRESSROOM_ADMIN_TOKEN set";
  }
}
