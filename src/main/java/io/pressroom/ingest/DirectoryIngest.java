package io.pressroom.ingest;

import io.pressroom.model.ParsedRelease;
import io.pressroom.ingest.IngestException.Reason;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
    forEach(paths, parser, 1, UnaryOperator.identity(), sink);
  }

  /**
   * {@link #forEach(List, ReleaseParser, Consumer)} with files parsed on {@code threads} threads,
   * each release then passed through {@code after} on the same thread (enrichment that needs no
   * order); {@code sink} still gets the results one at a time, in file order, on the calling thread,
   * and at most a few per thread are held at once.
   */
  public static void forEach(List<Path> paths, ReleaseParser parser, int threads,
      UnaryOperator<ParsedRelease> after, Consumer<FileResult> sink) {
    Map<String, Path> taken = new HashMap<>();
    Consumer<FileResult> inOrder = result -> sink.accept(checkedId(result, taken));
    if (threads <= 1) {
      eachFile(paths, inOrder, (file, id) -> inOrder.accept(read(file, id, parser, after)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "pressroom-parse");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<FileResult>> pending = new ArrayDeque<>();
    int window = 4 * threads;
    try {
      eachFile(paths, result -> pending.add(CompletableFuture.completedFuture(result)), (file, id) -> {
        pending.add(pool.submit(() -> read(file, id, parser, after)));
        while (pending.size() > window) {
          inOrder.accept(next(pending));
        }
      });
      while (!pending.isEmpty()) {
        inOrder.accept(next(pending));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A release file and the id an ingest gives it. */
  public record ReleaseFile(Path file, String id) {
    /** Whether its name says HTML (.html, .htm, .xhtml, .shtml); otherwise it is read as text. */
    public boolean html() {
      return FormatSniffer.isHtmlName(file.toString());
    }
  }

  /**
   * The release files of {@code paths} (files, and folders walked as {@link #forEach} walks them)
   * with the ids an ingest gives them, in order; folders that cannot be read go to {@code failures}.
   */
  public static List<ReleaseFile> releaseFiles(List<Path> paths, Consumer<FileResult> failures) {
    List<ReleaseFile> out = new ArrayList<>();
    eachFile(paths, failures, (file, id) -> out.add(new ReleaseFile(file, id)));
    return out;
  }

  /** Every release file of {@code paths} with the id it gets, in order; unreadable folders to {@code failures}. */
  private static void eachFile(List<Path> paths, Consumer<FileResult> failures, BiConsumer<Path, String> file) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path f : releaseFiles(path, failures)) {
          file.accept(f, ReleaseParser.releaseId(path.relativize(f)));
        }
      } else {
        Path name = path.getFileName();
        file.accept(path, name == null ? null : ReleaseParser.releaseId(name));
      }
    }
  }

  private static FileResult next(ArrayDeque<Future<FileResult>> pending) {
    Future<FileResult> head = pending.removeFirst();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** {@code result}, or a duplicate-id error when an earlier file of this run has its release id. */
  private static FileResult checkedId(FileResult result, Map<String, Path> taken) {
    if (!result.ok()) {
      return result;
    }
    String id = result.release().release().id();
    Path first = taken.putIfAbsent(id, result.file());
    return first == null ? result : duplicate(result.file(), id, first);
  }

  private static FileResult read(Path file, String id, ReleaseParser parser, UnaryOperator<ParsedRelease> after) {
    try {
      return new FileResult(file, after.apply(parser.parseFile(file, id)), null);
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
