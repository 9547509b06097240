package io.pressroom.ingest;

import io.pressroom.model.Agreement;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Conference;
import io.pressroom.model.ConferencePartners;
import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.ReleaseSource;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a raw press release — a UTF-8 text file or an HTML page — into a {@link Release} and its
 * structured {@link Paragraph}s, or refuses it with an {@link IngestException} naming the input and
 * the reason. Nothing is produced for a refused input.
 *
 * <p>The steps, each its own class: {@link InputDecoder} (bytes to text, or a refusal), {@link
 * PinyinAnnotations} (mirror noise off), {@link HtmlBlocks} or {@link TextBlocks} (text to blocks),
 * {@link DateStamps}, {@link MetadataReader} (headline, byline and chrome off the header and
 * footer), {@link StructureParser} (headings, captions, areas, signed documents), {@link
 * LanguageDetector} (per paragraph), {@link ConferenceDetector} (the session reported). Instances
 * are immutable and thread-safe.
 *
 * <p>Agreements are identified within their release by number ({@link Agreement#inRelease}): the
 * entries of a list of signed documents keep the number the list gives them; the documents a
 * sentence names (a paragraph's {@link Paragraph#namedAgreements()}) are numbered after the
 * release's list, in the order the release names them. Should two agreements still share a number
 * (two lists), the later one's id takes the next number no agreement of the release uses.
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

  /**
   * The zone of a date that states none, when the publisher is not listed with its own: the
   * releases read here come from Hong Kong and the Mainland, which both keep UTC+08:00.
   */
  private static final ZoneOffset SOURCES_ZONE = ZoneOffset.ofHours(8);
  private static final Pattern ID_UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
  private static final int HASH_ID_HEX_DIGITS = 16;

  private final StructureParser structure;
  private final ConferenceDetector conferences;

  public ReleaseParser(AreaTaxonomy taxonomy) {
    this(taxonomy, ConferencePartners.standard());
  }

  public ReleaseParser(AreaTaxonomy taxonomy, ConferencePartners partners) {
    this.structure = new StructureParser(Objects.requireNonNull(taxonomy, "taxonomy"));
    this.conferences = new ConferenceDetector(Objects.requireNonNull(partners, "partners"));
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
    return parseFile(file, null);
  }

  /**
   * Parses a file under a given release id, as a folder walk gives one from the file's path under
   * the folder ({@link DirectoryIngest}).
   */
  public ParsedRelease parseFile(Path file, String id) throws IngestException {
    String source = file.toString();
    Path fileName = file.getFileName();
    String name = fileName == null ? source : fileName.toString();
    byte[] content = read(file, source);
    return parse(content, source, name, Format.AUTO, source, id != null ? id : releaseId(name, content));
  }

  /**
   * The release id of a file found by walking a folder: its path under the folder without the
   * extension, each part made safe as {@link #releaseId(String, byte[])} does and joined with '~'
   * ({@code isd/2024/index.html} → {@code isd~2024~index}); a file directly in the folder gets the
   * id of its name alone.
   */
  static String releaseId(Path underFolder) {
    StringBuilder id = new StringBuilder();
    int n = underFolder.getNameCount();
    for (int i = 0; i < n; i++) {
      String part = underFolder.getName(i).toString();
      if (i == n - 1) {
        int dot = part.lastIndexOf('.');
        part = dot > 0 ? part.substring(0, dot) : part;
      }
      String safe = ID_UNSAFE.matcher(part).replaceAll("-").replaceAll("^-+|-+$", "");
      if (safe.isEmpty()) {
        safe = "-";
      }
      id.append(i == 0 ? "" : "~").append(safe);
    }
    return id.toString();
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
    return parse(content, name == null ? "request body" : name, name, format, name, releaseId(name, content));
  }

  /** Parses a release again from what it was first parsed from, under the same id ({@code reindex}). */
  public ParsedRelease reparse(ReleaseSource source) throws IngestException {
    Format format;
    try {
      format = Format.valueOf(source.format());
    } catch (IllegalArgumentException e) {
      format = Format.AUTO;
    }
    String file = source.file() == null ? source.releaseId() : source.file();
    return parse(source.content(), file, source.name(), format, source.file(), source.releaseId());
  }

  /**
   * Parses a release's bytes under a given id: what a folder ingest gave the same file, so that
   * posting a folder's files to a server ({@code ingest --server}) gives the ids a local ingest
   * gives. IngestException (BAD_ID) for an id that is not a release id.
   */
  public ParsedRelease parse(byte[] content, String name, Format format, String id) throws IngestException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    if (id == null) {
      return parse(content, name, format);
    }
    if (!isReleaseId(id)) {
      throw new IngestException(name == null ? "request body" : name, Reason.BAD_ID,
          "id '" + id + "' is not a release id: letters, digits, '.', '_', '-' and '~' only, at most " + MAX_ID_CHARS + " characters");
    }
    return parse(content, name == null ? "request body" : name, name, format, name, id);
  }

  /** Longest release id accepted from a caller. */
  public static final int MAX_ID_CHARS = 200;

  /** Whether {@code id} has the shape of the ids this parser gives (path parts joined by '~'). */
  public static boolean isReleaseId(String id) {
    return id != null && !id.isEmpty() && id.length() <= MAX_ID_CHARS
        && id.chars().allMatch(c -> c == '~' || c == '.' || c == '_' || c == '-' || Character.isLetterOrDigit(c))
        && !id.startsWith("~") && !id.endsWith("~") && !id.contains("~~");
  }

  /**
   * @param source names the input in error messages
   * @param name the file name, for the release id and the format
   * @param file what {@link Release#file()} records: the path read, or the name posted with a body
   */
  private ParsedRelease parse(byte[] content, String source, String name, Format format, String file, String id)
      throws IngestException {
    String text = PinyinAnnotations.strip(InputDecoder.decode(content, source));
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
    MetadataReader.Result read = MetadataReader.read(DateStamps.split(blocks), hints);
    List<ParagraphDraft> drafts = structure.parse(read.body());
    if (drafts.isEmpty()) {
      throw new IngestException(
          source, Reason.NO_TEXT, html ? "has no article text in its HTML" : "has no text besides headings and page chrome");
    }
    String allText = drafts.stream().map(ParagraphDraft::text).collect(Collectors.joining("\n"));
    String language = LanguageDetector.detectRelease(allText);
    ReleaseMetadata m = read.metadata();
    ZoneId zone =
        Publishers.find(m.publisher())
            .map(Publishers.Publisher::zone)
            .orElse(SOURCES_ZONE);
    Release release =
        new Release(id, m.title(), m.publisher(), m.published().resolve(zone), m.source(), m.editor(), language, file);
    Integer year = release.published() == null ? null : release.published().getYear();
    Conference conference = conferences.detect(m.title(), drafts.stream().map(ParagraphDraft::text).toList(), year);
    if (conference != null) {
      release = release.withConference(conference);
    }
    drafts = structure.runInAreas(drafts, conference != null);
    AgreementNumbers numbers = new AgreementNumbers(release.id(), drafts);
    List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
    for (ParagraphDraft d : drafts) {
      int position = paragraphs.size() + 1;
      Paragraph p =
          new Paragraph(
              Paragraph.idOf(release.id(), position),
              release,
              position,
              d.kind(),
              LanguageDetector.detect(d.text(), language),
              d.text(),
              d.section(),
              d.area(),
              d.agreement() == null ? null : numbers.listed(d.agreement()));
      if (!d.named().isEmpty()) {
        p = p.withNamedAgreements(d.named().stream().map(numbers::named).toList());
      }
      paragraphs.add(p);
    }
    return new ParsedRelease(release, paragraphs, new ReleaseSource(release.id(), name, file, format.name(), content));
  }

  /**
   * Gives a release's agreements their ids: list entries by their own number, named documents
   * numbered after the list's highest, and a later duplicate the next number no agreement uses.
   */
  private static final class AgreementNumbers {
    private final String releaseId;
    private final Set<Integer> used = new HashSet<>();
    private int nextNamed;

    AgreementNumbers(String releaseId, List<ParagraphDraft> drafts) {
      this.releaseId = releaseId;
      int highest = 0;
      for (ParagraphDraft d : drafts) {
        if (d.kind() == Kind.AGREEMENT && d.agreement() != null) {
          highest = Math.max(highest, d.agreement().number());
        }
      }
      this.nextNamed = highest + 1;
    }

    Agreement listed(Agreement a) {
      if (used.add(a.number())) {
        return a.inRelease(releaseId);
      }
      return withId(a, free());
    }

    Agreement named(Agreement a) {
      int number = nextNamed++;
      used.add(number);
      Agreement numbered = new Agreement(number, a.title(), a.type(), a.typeLabel(), a.parties());
      return numbered.inRelease(releaseId);
    }

    private int free() {
      int n = Math.max(nextNamed, 1);
      while (used.contains(n)) {
        n++;
      }
      used.add(n);
      nextNamed = Math.max(nextNamed, n + 1);
      return n;
    }

    private Agreement withId(Agreement a, int idNumber) {
      return new Agreement(
          Agreement.idOf(releaseId, idNumber), a.number(), a.title(), a.type(), a.typeLabel(), a.parties(), a.areas(), a.organisations());
    }
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
