package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import org.junit.jupiter.api.Test;

/**
 * An opening that names two or three areas (「在教育、青年方面，」) gives its paragraph one area: the
 * one the rest of the paragraph names most, else the first named; words that together are one
 * area's name give it; an opening that only begins a longer list (「在科技、人才等多個方面，」) names
 * none.
 */
class TwoAreaOpeningTest {
  private static final String TWO_AREAS = """
      京港合作會議第十次會議在京舉行

      2031年11月20日

      京港合作會議第十次會議今日在北京舉行，雙方就九個範疇的合作方向達成共識。

      在教育、青年方面，兩地學校將締結更多姊妹學校，並合辦教師培訓課程。

      在文化、體育和旅遊方面，兩地將合辦大型體育賽事，並鼓勵體育團體互訪。

      在文化、體育和旅遊方面，兩地博物館將互借館藏舉辦展覽，並推廣非遺項目。

      在航空、航運和物流方面，雙方將研究增加航班，並完善兩地貨運銜接。

      在科技、人才等多個方面，雙方同意保持溝通，定期檢視進度。

      會後，雙方官員出席了晚宴。
      """;

  @Test
  void anOpeningNamingTwoAreasGivesOne() throws IngestException {
    ParsedRelease r = Fixtures.parseText(TWO_AREAS, "two-areas-tc.txt");
    Fixtures.assertKindAndArea(r, "在教育、青年方面", Kind.CLAUSE, "education-talent");
    assertEquals("教育、青年", Fixtures.paragraph(r, "在教育、青年方面").section());
    Fixtures.assertKindAndArea(r, "在文化、體育和旅遊方面，兩地將合辦", Kind.CLAUSE, "sports");
    Fixtures.assertKindAndArea(r, "在文化、體育和旅遊方面，兩地博物館", Kind.CLAUSE, "culture-creative");
    Fixtures.assertKindAndArea(r, "在航空、航運和物流方面", Kind.CLAUSE, "aviation-shipping-logistics");
    Fixtures.assertKindAndArea(r, "在科技、人才等多個方面", Kind.BODY, null);
  }

  @Test
  void anEnglishOpeningNamingTwoAreasGivesOne() throws IngestException {
    String text = """
        Tenth Plenary Session of the Hong Kong/Beijing Co-operation Conference held

        November 21, 2031

        The Hong Kong/Beijing Co-operation Conference held its Tenth Plenary Session in Beijing today.

        On education and youth, secondary schools of the two places will be paired and exchange tours for pupils expanded.

        On sports and youth, more young people will join summer internships and youth camps in the two cities.
        """;
    ParsedRelease r = Fixtures.parseText(text, "two-areas-en.txt");
    Fixtures.assertKindAndArea(r, "On education and youth", Kind.CLAUSE, "education-talent");
    Fixtures.assertKindAndArea(r, "On sports and youth", Kind.CLAUSE, "youth-development");
  }


}
