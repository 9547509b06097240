package io.pressroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heading worded differently from the taxonomy's labels still finds its area when the names of
 * one area make up most of it; a heading that names something else, or two areas, stays unlisted.
 */
class AreaTaxonomyTest {
  private static final AreaTaxonomy TAXONOMY = AreaTaxonomy.standard();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Belt and Road Initiative, Economic and Trade Co-operation | belt-road-trade",
        "Expansion in the Mainland Domestic Market and the Belt and Road Initiative | belt-road-trade",
        "拓展內銷及「一帶一路」倡議 | belt-road-trade",
        "Financial Co-operation | finance",
        "Co-operation on Environmental Protection | environmental-governance",
        "Youth Exchanges | youth-development",
        "Innovation and Technology Co-operation | innovation-technology",
        "金融合作 | finance",
        "青年合作 | youth-development",
        "环境保护合作 | environmental-governance",
        "文化創意 | culture-creative",
        "Cultural and Creative Industries Co-operation | culture-creative",
      })
  void aRewordedHeadingFindsItsArea(String heading, String id) {
    assertEquals(id, TAXONOMY.forHeading(heading).id());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Services Industries",
        "Development of the Guangdong-Hong Kong-Macao Bay Area",
        "Participate in Major National Strategies",
        "Culture and Tourism",
        "文化和旅遊",
        "體育及旅遊",
        "Sports and Tourism",
        "Aviation, Logistics and Metro Construction",
        "航空物流和地鐵建設",
        "創新科技及文化創意產業",
        "城市規劃建設管理和環境保護",
        "Economy and Trade",
        "Economic and Trade Exchanges",
        "經貿",
        "物流",
        "Chinese Medicine and Food Safety",
        "Health Industry and Biomedicine",
        "Civil Service Exchanges",
        "Northern Metropolis Development",
        "服務業",
        "民生合作",
      })
  void aHeadingNamingSomethingElseStaysUnlisted(String heading) {
    Area area = TAXONOMY.forHeading(heading);
    assertFalse(TAXONOMY.isListed(area), heading + " → " + area.id());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "教育、青年 | education-talent youth-development",
        "文化、體育和旅遊 | culture-creative sports",
        "体育和旅游 | sports",
        "航空、航運和物流 | aviation-shipping-logistics",
        "文化及創意產業 | culture-creative",
        "education and youth | education-talent youth-development",
        "服務業 | ''",
        "公務員培訓、旅遊 | ''",
      })
  void aListOfNamesNamesEachArea(String names, String ids) {
    List<String> expected = ids.isBlank() ? List.of() : List.of(ids.split(" "));
    assertEquals(expected, TAXONOMY.matchEach(names).stream().map(Area::id).toList());
  }

  @Test
  void mentionsCountEachNameOnce() {
    Area sports = TAXONOMY.resolve("sports").orElseThrow();
    Area youth = TAXONOMY.resolve("youth-development").orElseThrow();
    assertEquals(2, TAXONOMY.mentions(sports, "兩地將合辦大型體育賽事，並鼓勵體育團體互訪"));
    assertEquals(0, TAXONOMY.mentions(youth, "兩地將合辦大型體育賽事"));
    assertEquals(1, TAXONOMY.mentions(youth, "more young people will join youth camps"));
    assertEquals(1, TAXONOMY.mentions(TAXONOMY.resolve("culture-creative").orElseThrow(), "推動文化創意產業發展"));
  }
}
