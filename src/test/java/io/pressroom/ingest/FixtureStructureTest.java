package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.ingest.ReleaseFixture.Expected;
import io.pressroom.ingest.ReleaseFixture.ExpectedAgreement;
import io.pressroom.ingest.ReleaseFixture.ExpectedParagraph;
import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Conference;
import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import io.pressroom.model.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture with an expected.json parses to exactly the structure it states: title, own date,
 * language, conference session, no chrome in any paragraph, and paragraph by paragraph the kind,
 * section, area, text, agreement and the agreements a sentence names. Paragraphs are named by their
 * text in failure messages, so a failure says which paragraph went wrong.
 */
class FixtureStructureTest {
  static List<ReleaseFixture> fixtures() {
    return ReleaseFixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesToTheExpectedStructure(ReleaseFixture fixture) throws IngestException {
    ParsedRelease parsed = fixture.parse();
    Expected e = fixture.expected();
    Release r = parsed.release();
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(e.title(), FixtureText.plain(r.title()), "title"));
    checks.add(() -> assertTrue(FixtureText.sameDate(e.published(), r.published()), "published: expected " + e.published() + ", got " + r.published()));
    checks.add(() -> assertEquals(e.language(), r.language(), "language"));
    checks.add(() -> conference(e.conference(), r.conference()));
    for (String chrome : e.chrome()) {
      checks.add(() -> assertFalse(FixtureText.leaks(chrome, parsed.paragraphs()), "chrome in a paragraph: " + chrome));
    }
    checks.add(() -> assertEquals(outline(e.paragraphs()), outline(parsed.paragraphs(), e.paragraphs()), "paragraphs"));
    assertAll(checks);
    List<Paragraph> actual = parsed.paragraphs();
    for (int i = 0; i < e.paragraphs().size(); i++) {
      paragraph(e.paragraphs().get(i), actual.get(i));
    }
  }

  private static void conference(ReleaseFixture.ExpectedConference expected, Conference actual) {
    if (expected == null) {
      assertNull(actual, "conference");
      return;
    }
    assertNotNull(actual, "conference " + expected);
    assertEquals(expected.partner(), actual.partner(), "conference partner");
    assertEquals(expected.session(), actual.session(), "conference session");
    for (String lang : List.of("zh-Hant", "zh-Hans", "en")) {
      assertNotNull(actual.labels().get(lang), "conference label " + lang);
    }
  }

  /** One line per expected paragraph: kind, section, area and text prefix. */
  private static List<String> outline(List<ExpectedParagraph> ps) {
    return ps.stream().map(p -> line(p.kind(), p.kind().equals("clause") ? FixtureText.heading(p.section()) : null,
        p.kind().equals("clause") ? String.valueOf(p.area()) : null, p.text())).collect(Collectors.toList());
  }

  /** The parsed paragraphs in the same shape, cut to the length of the expected prefixes. */
  private static List<String> outline(List<Paragraph> ps, List<ExpectedParagraph> expected) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      String kind = p.kind().name().toLowerCase(Locale.ROOT);
      String text = FixtureText.plain(p.text());
      int length = i < expected.size() ? FixtureText.plain(expected.get(i).text()).length() : 30;
      String area = null;
      if (p.kind() == Kind.CLAUSE) {
        area = p.area() == null ? "NO AREA" : AreaTaxonomy.standard().isListed(p.area()) ? p.area().id() : "null";
      }
      out.add(line(kind, p.kind() == Kind.CLAUSE ? FixtureText.heading(p.section()) : null, area,
          text.substring(0, Math.min(length, text.length()))));
    }
    return out;
  }

  private static String line(String kind, String section, String area, String text) {
    return kind + (section == null ? "" : " [" + section + " → " + area + "]") + " " + text;
  }

  private static void paragraph(ExpectedParagraph x, Paragraph a) {
    String at = "paragraph '" + x.text() + "'";
    if (x.kind().equals("clause")) {
      Area area = a.area();
      assertNotNull(area, at + ": area");
      if (x.area() == null) {
        assertFalse(AreaTaxonomy.standard().isListed(area), at + ": " + area.id() + " is a taxonomy area");
        assertTrue(FixtureText.readableId(area, x.section()), at + ": area id " + area.id() + " is not read off " + x.section());
        String heading = FixtureText.heading(x.section());
        for (String lang : List.of("zh-Hant", "zh-Hans", "en")) {
          assertNotNull(area.labels().get(lang), at + ": label " + lang);
        }
        assertEquals(heading, FixtureText.heading(area.label("en")), at + ": label shown in English");
      } else {
        assertEquals(x.area(), area.id(), at + ": area");
      }
    }
    if (x.kind().equals("agreement")) {
      Agreement g = a.agreement();
      assertNotNull(g, at + ": agreement");
      assertEquals(x.number(), g.number(), at + ": number");
      assertEquals(x.title(), FixtureText.plain(g.title()), at + ": title");
      assertEquals(x.parties(), g.parties().stream().map(FixtureText::plain).toList(), at + ": parties");
    }
    List<ExpectedAgreement> named = a.namedAgreements().stream()
        .map(g -> new ExpectedAgreement(g.number(), FixtureText.plain(g.title()), g.parties().stream().map(FixtureText::plain).toList()))
        .toList();
    assertEquals(x.inlineAgreements(), named, at + ": agreements named inline");
  }
}
