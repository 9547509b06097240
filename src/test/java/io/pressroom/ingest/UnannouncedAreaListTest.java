package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import org.junit.jupiter.api.Test;

/**
 * Area headings with no intro sentence: a run of headings, each with its text, of which two or
 * more name listed areas is a list of areas, its other headings areas of their own; ordinary
 * sub-headings ("Background", "Other matters") are never areas, and a release whose headings name
 * fewer than two listed areas keeps them as body.
 */
class UnannouncedAreaListTest {
  private static final String UNINTRODUCED = """
      Sixteenth Plenary of Hong Kong/Guangdong Co-operation Joint Conference held in Hong Kong

      September 16, 2031

      The 16th Plenary of the Hong Kong/Guangdong Co-operation Joint Conference was held in Hong Kong today, chaired by the Chief Executive and the Governor of Guangdong Province.

      Background

      The Joint Conference was set up in 1998 and meets once a year, in Hong Kong and Guangdong by turns, to review the work plan.

      Opening up trade in services
      between Hong Kong and Guangdong

      The two sides will remove more barriers for Hong Kong service providers entering the Guangdong market next year. An agreement to that end was signed after the meeting.

      Co-operation in financial services

      Both sides will support more cross-boundary renminbi business and more listings of Guangdong companies in Hong Kong.

      Youth exchanges

      Internship places in Guangdong for Hong Kong university students will be doubled over the next two years.

      Other matters

      The next Plenary will be held in Guangdong, with the date to be fixed by the two sides later.
      """;

  @Test
  void headingsWithoutAnIntroMakeAListWhenTwoNameListedAreas() throws IngestException {
    ParsedRelease r = Fixtures.parseText(UNINTRODUCED, "unintroduced-en.txt");
    Fixtures.assertKindAndArea(r, "The 16th Plenary", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "The Joint Conference was set up", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "The two sides will remove", Kind.CLAUSE, "opening-up-trade-in-services-between-hong-kong-and-guangdong");
    Fixtures.assertKindAndArea(r, "Both sides will support", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "Internship places", Kind.CLAUSE, "youth-development");
    Fixtures.assertKindAndArea(r, "The next Plenary", Kind.BODY, null);
    assertEquals("Other matters", Fixtures.paragraph(r, "The next Plenary").section());
  }

  @Test
  void ordinarySubHeadingsStayBody() throws IngestException {
    String text = """
        Secretary visits Guangzhou

        March 3, 2031

        The Secretary for Constitutional and Mainland Affairs visited Guangzhou today and met officials of the provincial government.

        Background

        The visit follows the Plenary held last year, at which the two sides agreed to meet more often at working level.

        Financial services

        The Secretary called on the provincial financial regulator and discussed cross-boundary wealth management with its officials.

        Other matters

        The Secretary will return to Hong Kong tomorrow afternoon after visiting a youth innovation base in the city.
        """;
    ParsedRelease r = Fixtures.parseText(text, "sub-headings-en.txt");
    Fixtures.assertKindAndArea(r, "The visit follows", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "The Secretary called on", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "The Secretary will return", Kind.BODY, null);
  }

  @Test
  void aPlainSubHeadingEndsAnAnnouncedListToo() throws IngestException {
    String text = """
        Hong Kong and Fujian hold Fourth Plenary Session

        May 4, 2031

        The Hong Kong/Fujian Co-operation Conference held its Fourth Plenary Session in Fuzhou today. The two sides reached consensus on the following co-operation areas:

        Tourism

        The two sides will launch joint tourism routes combining heritage sites in Fujian with attractions in Hong Kong.

        Legal services

        Hong Kong law firms will be encouraged to form partnerships with firms in Fujian's free trade zones.

        Other matters

        The next session will be held in Hong Kong in the year after next, on a date to be fixed by both sides.
        """;
    ParsedRelease r = Fixtures.parseText(text, "fujian-en.txt");
    Fixtures.assertKindAndArea(r, "The two sides will launch", Kind.CLAUSE, "tourism");
    Fixtures.assertKindAndArea(r, "Hong Kong law firms", Kind.CLAUSE, "legal-services");
    Fixtures.assertKindAndArea(r, "The next session", Kind.BODY, null);
  }


}
