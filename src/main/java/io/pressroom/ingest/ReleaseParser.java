package io.pressroom.ingest;

import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import io.pressroom.ingest.IngestException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a raw press release — a UTF-8 text file or an HTML page — into a {@link Release} and its
 * structured {@link Paragraph}s, or refuses it with an {@link IngestException} naming the input and
 * the reason. Nothing is produced for a refused input.
 *
 * <p>The steps, each its own class: {@link InputDecoder} (bytes to text, or a refusal), {@link
 * HtmlBlocks} or {@link TextBlocks} (text to blocks), {@link MetadataReader} (headline, byline and
 * chrome off the header and footer), {@link StructureParser} (headings, captions, areas, signed
 * documents), {@link LanguageDetector} (per paragraph). Instances are immutable and thread-safe.
 */
public final class ReleaseParser {
  /** The largest input accepted, in bytes. */
  public static final long MAX_BYTES = 10 * 1024 * 1024;

  /** How to read an input. */
  public enum Format {
    /** Plain UTF-8 text. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** Decide from the file name's extension, else from the content. */
    AUTO
  }

  /** Every Chinese-speaking region keeps UTC+8; used for Chinese releases whose publisher is unlisted. */
  private static final ZoneOffset CHINESE_DEFAULT_ZONE = ZoneOffset.ofHours(8);
  private static final Pattern ID_UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
  private static final int HASH_ID_HEX_DIGITS = 16;

  private final StructureParser structure;

  public ReleaseParser(AreaTaxonomy taxonomy) {
    this.structure = new StructureParser(Objects.requireNonNull(taxonomy, "taxonomy"));
  }

  /** A parser with the shipped {@link AreaTaxonomy#standard() taxonomy}. */
  public static ReleaseParser standard() {
    return new ReleaseParser(AreaTaxonomy.standard());
  }

  /**
   * Parses a file; the format comes from its extension or content, the release id from its name
   * (without extension).
   */
  public ParsedRelease parseFile(Path file) throws IngestException {
    String source = file.toString();
    Path fileName = file.getFileName();
    return parse(read(file, source), source, fileName == null ? source : fileName.toString(), Format.AUTO, source);
  }

  /**
   * Parses a release's bytes, e.g. an HTTP request body.
   *
   * @param name the file name it came with, or null: then the release id is derived from a hash of
   *     the content, and errors name it "request body"
   */
  public ParsedRelease parse(byte[] content, String name, Format format) throws IngestException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    return parse(content, name == null ? "request body" : name, name, format, name);
  }

  /**
   * @param source names the input in error messages
   * @param name the file name, for the release id and the format
   * @param file what {@link Release#file()} records: the path read, or the name posted with a body
   */
  private ParsedRelease parse(byte[] content, String source, String name, Format format, String file)
      throws IngestException {
    String text = InputDecoder.decode(content, source);
    boolean html = (format == Format.AUTO ? FormatSniffer.detect(name, text) : format) == Format.HTML;
    List<Block> blocks;
    PageHints hints;
    if (html) {
      HtmlBlocks.Page page = HtmlBlocks.read(text);
      blocks = page.blocks();
      hints = page.hints();
    } else {
      blocks = TextBlocks.split(text);
      hints = PageHints.NONE;
    }
    MetadataReader.Result read = MetadataReader.read(blocks, hints);
    List<ParagraphDraft> drafts = structure.parse(read.body());
    if (drafts.isEmpty()) {
      throw new IngestException(
          source, Reason.NO_TEXT, html ? "has no article text in its HTML" : "has no text besides headings and page chrome");
    }
    String language =
        LanguageDetector.detectRelease(drafts.stream().map(ParagraphDraft::text).collect(Collectors.joining("\n")));
    ReleaseMetadata m = read.metadata();
    ZoneId zone =
        Publishers.find(m.publisher())
            .map(Publishers.Publisher::zone)
            .orElse(language.startsWith("zh") ? CHINESE_DEFAULT_ZONE : null);
    Release release =
        new Release(
            releaseId(name, content), m.title(), m.publisher(), m.published().resolve(zone), m.source(), m.editor(), language, file);
    List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
    for (ParagraphDraft d : drafts) {
      int position = paragraphs.size() + 1;
      paragraphs.add(
          new Paragraph(
              Paragraph.idOf(release.id(), position),
              release,
              position,
              d.kind(),
              LanguageDetector.detect(d.text(), language),
              d.text(),
              d.section(),
              d.area(),
              d.agreement() == null ? null : d.agreement().inRelease(release.id())));
    }
    return new ParsedRelease(release, paragraphs);
  }

  /**
   * The release id: the file name without directories and extension, with characters unsafe in ids
   * and URLs replaced by '-'; without a usable name, the first hex digits of the content's SHA-256.
   */
  static String releaseId(String name, byte[] content) {
    if (name != null) {
      String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      int dot = base.lastIndexOf('.');
      if (dot > 0) {
        base = base.substring(0, dot);
      }
      String id = ID_UNSAFE.matcher(base).replaceAll("-").replaceAll("^-+|-+$", "");
      if (!id.isEmpty()) {
        return id;
      }
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(hash).substring(0, HASH_ID_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] read(Path file, String source) throws IngestException {
    if (Files.isDirectory(file)) {
      throw new IngestException(source, Reason.UNREADABLE, "is a directory, not a file");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw InputDecoder.tooLarge(source, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw InputDecoder.tooLarge(source, bytes.length);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new IngestException(source, Reason.UNREADABLE, "does not exist");
    } catch (AccessDeniedException e) {
      throw new IngestException(source, Reason.UNREADABLE, "cannot be read (permission denied)");
    } catch (IOException e) {
      throw new IngestException(source, Reason.UNREADABLE, "cannot be read (" + e.getMessage() + ")");
    }
  }
}
