package io.pressroom.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an ingest shows while it runs. On a terminal, one line rewritten in place: files done of
 * all, paragraphs, paragraphs per second, time elapsed and an estimate of the time remaining.
 * Elsewhere (a pipe, a log file), one plain line per file, as the ingest reports it.
 */
final class IngestProgress implements Consumer<String> {
  /** How progress is shown. */
  enum Mode {
    /** A progress line on a terminal, per-file lines elsewhere. */
    auto,
    /** The progress line, rewritten in place. */
    line,
    /** One line per file. */
    files,
    /** Nothing (the summary and the errors are still printed). */
    none
  }

  /** A file's report from the ingest: {@code [n] FILE: N paragraphs} or {@code [n] skipped …}. */
  private static final Pattern REPORT = Pattern.compile("\\[(\\d+)] (?:skipped .*|.*: (\\d+) paragraphs?)", Pattern.DOTALL);
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private final boolean line;
  private final long files;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long paragraphs;
  private long lastDrawn = Long.MIN_VALUE;
  private int drawnWidth;

  IngestProgress(PrintStream out, boolean line, long files, LongSupplier clock) {
    this.out = out;
    this.line = line;
    this.files = files;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** The progress of an ingest of {@code paths} in {@code mode}, or null to show nothing. */
  static IngestProgress of(Mode mode, List<Path> paths, PrintStream out) {
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    boolean line = mode == Mode.line || (mode == Mode.auto && terminal);
    if (mode == Mode.none) {
      return null;
    }
    return new IngestProgress(out, line, line ? count(paths) : -1, System::nanoTime);
  }

  /** How many release files {@code paths} hold (files named directly count whatever their name). */
  static long count(List<Path> paths) {
    return io.pressroom.ingest.DirectoryIngest.releaseFiles(paths, unreadable -> { }).size();
  }

  /** Takes one file's report from the ingest. */
  @Override
  public void accept(String report) {
    if (!line) {
      out.println(report);
      return;
    }
    Matcher m = REPORT.matcher(report);
    if (m.matches()) {
      done = Math.max(done, Long.parseLong(m.group(1)));
      if (m.group(2) != null) {
        paragraphs += Long.parseLong(m.group(2));
      }
    } else {
      done++;
    }
    long now = clock.getAsLong();
    if (now - lastDrawn >= REDRAW_NANOS || done >= files) {
      draw(now);
    }
  }

  /** Ends the progress line, so what follows starts on a line of its own. */
  void finish() {
    if (line && lastDrawn != Long.MIN_VALUE) {
      draw(clock.getAsLong());
      out.println();
    }
  }

  private void draw(long now) {
    lastDrawn = now;
    String text = status(now);
    int pad = Math.max(0, drawnWidth - text.length());
    out.print("\r" + text + " ".repeat(pad));
    out.flush();
    drawnWidth = text.length();
  }

  /** E.g. {@code 120/1,000 files · 4,310 paragraphs · 2,150 paragraphs/s · 0:02 elapsed · about 0:15 left}. */
  String status(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%,d/%,d files · %,d paragraphs · %,d paragraphs/s · %s elapsed",
        done, Math.max(files, done), paragraphs, Math.round(paragraphs / seconds), clock(seconds)));
    if (done > 0 && done < files) {
      b.append(" · about ").append(clock(seconds / done * (files - done))).append(" left");
    }
    return b.toString();
  }

  /** Seconds as m:ss, or h:mm:ss from an hour. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
