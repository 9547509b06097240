package io.pressroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressroom.model.ParsedRelease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One page of {@code src/test/resources/fixtures} and what its {@code NAME.expected.json} says the
 * parser must make of it (the format is described in that folder's README), so that tests and the
 * scoreboard read the expectations one way.
 *
 * @param name the fixture's name: its folder and file name without extension, e.g. {@code corpus/2018-05-11-hkcd-sichuan}
 * @param page the page file ({@code .txt} or {@code .html})
 * @param expected what the parser must produce
 */
record ReleaseFixture(String name, Path page, Expected expected) {
  static final Path ROOT = Path.of("src", "test", "resources", "fixtures");
  private static final String SUFFIX = ".expected.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The release as the fixture's expected.json describes it. */
  record Expected(
      String layout,
      String title,
      String published,
      String language,
      ExpectedConference conference,
      List<String> chrome,
      List<ExpectedParagraph> paragraphs) {}

  /** The conference session a release reports. */
  record ExpectedConference(String partner, Integer session) {}

  /**
   * One paragraph: {@code area} is a taxonomy id, or null (for a clause: an area outside the
   * taxonomy); {@code number}, {@code title} and {@code parties} are an agreement's.
   */
  record ExpectedParagraph(
      String kind,
      String text,
      String section,
      String area,
      Integer number,
      String title,
      List<String> parties,
      List<ExpectedAgreement> inlineAgreements) {}

  /** A signed document: an entry of the list, or a title named inline. */
  record ExpectedAgreement(int number, String title, List<String> parties) {}

  /** Every fixture with an expected.json, sorted by name. */
  static List<ReleaseFixture> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .sorted()
          .map(ReleaseFixture::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page parsed by the standard parser. */
  ParsedRelease parse() throws IngestException {
    return ReleaseParser.standard().parseFile(page);
  }

  @Override
  public String toString() {
    return name;
  }

  private static ReleaseFixture load(Path json) {
    String file = json.getFileName().toString();
    String base = file.substring(0, file.length() - SUFFIX.length());
    Path page = json.resolveSibling(base + ".txt");
    if (!Files.exists(page)) {
      page = json.resolveSibling(base + ".html");
    }
    String name = ROOT.relativize(json.getParent()) + "/" + base;
    try {
      return new ReleaseFixture(name, page, expected(JSON.readTree(json.toFile())));
    } catch (IOException e) {
      throw new UncheckedIOException(json + ": " + e.getMessage(), e);
    }
  }

  private static Expected expected(JsonNode n) {
    JsonNode c = n.get("conference");
    ExpectedConference conference =
        c == null || c.isNull() ? null : new ExpectedConference(c.get("partner").asText(), integer(c.get("session")));
    List<String> chrome = new ArrayList<>();
    n.path("chrome").forEach(x -> chrome.add(x.asText()));
    List<ExpectedParagraph> paragraphs = new ArrayList<>();
    n.path("paragraphs").forEach(p -> paragraphs.add(paragraph(p)));
    return new Expected(
        n.path("layout").asText(), string(n.get("title")), string(n.get("published")), n.get("language").asText(),
        conference, List.copyOf(chrome), List.copyOf(paragraphs));
  }

  private static ExpectedParagraph paragraph(JsonNode p) {
    List<ExpectedAgreement> inline = new ArrayList<>();
    p.path("inline_agreements").forEach(a -> inline.add(agreement(a)));
    return new ExpectedParagraph(
        p.get("kind").asText(),
        p.get("text").asText(),
        string(p.get("section")),
        string(p.get("area")),
        integer(p.get("number")),
        string(p.get("title")),
        p.has("parties") ? strings(p.get("parties")) : null,
        List.copyOf(inline));
  }

  private static ExpectedAgreement agreement(JsonNode a) {
    return new ExpectedAgreement(a.get("number").asInt(), a.get("title").asText(), strings(a.get("parties")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return List.copyOf(out);
  }

  private static String string(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Integer integer(JsonNode n) {
    return n == null || n.isNull() ? null : n.asInt();
  }
}
