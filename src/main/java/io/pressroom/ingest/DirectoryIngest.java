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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads many releases at once — files and folders, as the {@code parse} and {@code ingest} commands
 * are given them — and reports each file's outcome, going on past bad files. In a folder (walked
 * recursively, hidden entries skipped) only release files count: {@code .txt}, {@code .text},
 * {@code .html}, {@code .htm}, {@code .xhtml}, {@code .shtml}; a file named directly is always read.
 *
 * <p>Release ids never collide silently. A file found in a folder gets the id of its path under the
 * folder ({@code isd/2024/index.html} → {@code isd~2024~index}; a file directly in the folder, and a
 * file named directly, the id of its name), so two {@code index.html} in different folders are two
 * releases, and re-ingesting the folder gives them the same ids again. A file whose id another file
 * of the same run already has is reported as an error naming both files; the first is kept.
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
    Map<String, Path> taken = new HashMap<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : releaseFiles(path, sink)) {
          sink.accept(read(file, ReleaseParser.releaseId(path.relativize(file)), parser, taken));
        }
      } else {
        Path name = path.getFileName();
        sink.accept(read(path, name == null ? null : ReleaseParser.releaseId(name), parser, taken));
      }
    }
  }

  private static FileResult read(Path file, String id, ReleaseParser parser, Map<String, Path> taken) {
    if (id != null && taken.containsKey(id)) {
      return duplicate(file, id, taken.get(id));
    }
    try {
      ParsedRelease release = parser.parseFile(file, id);
      Path first = taken.putIfAbsent(release.release().id(), file);
      return first == null ? new FileResult(file, release, null) : duplicate(file, release.release().id(), first);
    } catch (IngestException e) {
      return new FileResult(file, null, e);
    }
  }

  private static FileResult duplicate(Path file, String id, Path first) {
    return new FileResult(
        file, null,
        new IngestException(file.toString(), Reason.DUPLICATE_ID, "would get release id '" + id + "', which " + first + " already has in this ingest; rename one of the two files"));
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
