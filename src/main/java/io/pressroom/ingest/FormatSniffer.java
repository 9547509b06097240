package io.pressroom.ingest;

import io.pressroom.ingest.ReleaseParser.Format;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a release is HTML or plain text: by its file name's extension where it has a
 * known one, else by whether the content opens like an HTML document.
 */
final class FormatSniffer {
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
  private static final Pattern HTML_START =
      Pattern.compile(
          "(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|article|main|div|p|h[1-6]|section|meta|title|table)[\\s>/]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final int SNIFF_CHARS = 4096;

  private FormatSniffer() {}

  static Format detect(String name, String text) {
    String ext = extension(name);
    if (HTML_EXTENSIONS.contains(ext)) {
      return Format.HTML;
    }
    if (TEXT_EXTENSIONS.contains(ext)) {
      return Format.TEXT;
    }
    String head = Whitespace.trim(text.substring(0, Math.min(text.length(), SNIFF_CHARS)));
    return HTML_START.matcher(head).lookingAt() ? Format.HTML : Format.TEXT;
  }

  /** The lower-case extension of a file name, or "" if it has none. */
  /** Whether {@code name}'s extension is an HTML one. */
  static boolean isHtmlName(String name) {
    return HTML_EXTENSIONS.contains(extension(name));
  }

  static String extension(String name) {
    if (name == null) {
      return "";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
