package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.Agreement;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The English release shipped in corpus/ parses to the same structure as the Chinese one. */
class ShippedEnglishReleaseTest {
  private static Map<String, Integer> clausesPerArea(ParsedRelease r) {
    Map<String, Integer> m = new LinkedHashMap<>();
    r.paragraphs().stream().filter(p -> p.kind() == Kind.CLAUSE).forEach(p -> m.merge(p.area().id(), 1, Integer::sum));
    return m;
  }

  @Test
  void sameAreasClausesAndAgreementsAsTheChinese() throws Exception {
    ParsedRelease zh = ReleaseParser.standard().parseFile(Path.of("corpus/2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference.txt"));
    ParsedRelease en = ReleaseParser.standard().parseFile(Path.of("corpus/2024-04-26-isd-shanghai-hong-kong-cooperation-conference-en.txt"));
    assertEquals(15, clausesPerArea(en).size());
    assertEquals(clausesPerArea(zh), clausesPerArea(en), "same area ids, same clause counts, same order");
    assertEquals(List.of(3, 3, 2, 3, 2, 3, 3, 2, 2, 3, 2, 4, 1, 1, 1), List.copyOf(clausesPerArea(en).values()));

    List<Agreement> agreements = en.paragraphs().stream().filter(p -> p.agreement() != null).map(Paragraph::agreement).toList();
    assertEquals(20, agreements.size());
    for (int i = 0; i < 20; i++) {
      assertEquals(i + 1, agreements.get(i).number());
    }
    List<Agreement> zhAgreements = zh.paragraphs().stream().filter(p -> p.agreement() != null).map(Paragraph::agreement).toList();
    for (int i = 0; i < 20; i++) {
      assertEquals(zhAgreements.get(i).type(), agreements.get(i).type(), "document type of " + (i + 1));
    }
    assertEquals("Agreement on Deepening Shanghai-Hong Kong Financial Co-operation", agreements.get(1).title());
    assertEquals(List.of(), agreements.get(1).parties());
    assertEquals(List.of("Shanghai Municipal Science and Technology Commission",
        "Innovation and Technology Commission of the Government of the Hong Kong Special Administrative Region"),
        agreements.get(6).parties());
    assertEquals(List.of("Power Station of Art", "M+ museum of the West Kowloon Cultural District"), agreements.get(12).parties());
    assertEquals(List.of("People's Government of Huangpu District of Shanghai", "Shanghai Lingang Economic Development (Group) Co., Ltd",
        "The University of Hong Kong"), agreements.get(14).parties());

    assertEquals("en", en.release().language());
    assertEquals(java.time.OffsetDateTime.parse("2024-04-26T19:30+08:00"), en.release().published());
    assertTrue(en.paragraphs().stream().allMatch(p -> "en".equals(p.lang())));
    assertTrue(en.paragraphs().stream().noneMatch(p -> p.text().startsWith("Ends/") || p.text().equals("NNNN")));
    assertEquals(61, en.paragraphs().size());
  }
}
