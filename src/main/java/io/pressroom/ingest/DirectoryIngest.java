package io.pressroom.ingest;

import io.pressroom.model.ParsedRelease;
import io.pressroom.ingest.IngestException.Reason;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads many releases at once — files and folders, as the {@code parse} and {@code ingest} commands
 * are given them — and reports each file's outcome, going on past bad files. In a folder (walked
 * recursively, hidden entries skipped) only release files count: {@code .txt}, {@code .text},
 * {@code .html}, {@code .htm}, {@code .xhtml}, {@code .shtml}; a file named directly is always read.
 */
public final class DirectoryIngest {
  private static final Set<String> RELEASE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "shtml");

  private DirectoryIngest() {}

  /** One file's outcome: its release, or the reason it was refused. */
  public record FileResult(Path file, ParsedRelease release, IngestException error) {
    /** Whether the file was parsed. */
    public boolean ok() {
      return error == null;
    }
  }

  /** Reads {@code paths} with the standard parser. */
  public static List<FileResult> readAll(List<Path> paths) {
    return readAll(paths, ReleaseParser.standard());
  }

  /** Reads {@code paths} (files, and folders of release files) in order, one result per file. */
  public static List<FileResult> readAll(List<Path> paths, ReleaseParser parser) {
    List<FileResult> results = new ArrayList<>();
    forEach(paths, parser, results::add);
    return results;
  }

  /**
   * Reads {@code paths} in order and hands each file's result to {@code sink} as soon as it is
   * read, so a large corpus is never held in memory whole.
   */
  public static void forEach(List<Path> paths, ReleaseParser parser, Consumer<FileResult> sink) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : releaseFiles(path, sink)) {
          sink.accept(read(file, parser));
        }
      } else {
        sink.accept(read(path, parser));
      }
    }
  }

  private static FileResult read(Path file, ReleaseParser parser) {
    try {
      return new FileResult(file, parser.parseFile(file), null);
    } catch (IngestException e) {
      return new FileResult(file, null, e);
    }
  }

  /** The release files under {@code dir}, sorted; folders that cannot be read are reported. */
  private static List<Path> releaseFiles(Path dir, Consumer<FileResult> results) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file) && RELEASE_EXTENSIONS.contains(FormatSniffer.extension(file.toString()))) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              results.accept(unreadable(file, e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      results.accept(unreadable(dir, e));
    }
    files.sort(null);
    return files;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static FileResult unreadable(Path file, IOException e) {
    return new FileResult(file, null, new IngestException(file.toString(), Reason.UNREADABLE, "cannot be read (" + e + ")"));
  }
}
