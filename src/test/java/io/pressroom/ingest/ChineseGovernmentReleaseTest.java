package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Hong Kong Government's Chinese release format: a title underlined with full-width ＊, the end
 * mark 完, and the date and Hong Kong time on the last two lines.
 */
class ChineseGovernmentReleaseTest {
  @Test
  void titleUnderlineEndMarkAndTrailer() throws IngestException {
    ParsedRelease r = Fixtures.parse("P2024042600711.txt");
    Release release = r.release();
    assertEquals("滬港合作會議第六次會議在港舉行（附圖）", release.title());
    assertEquals(OffsetDateTime.parse("2024-04-26T19:30+08:00"), release.published());
    assertNull(release.publisher());
    assertEquals(
        List.of(Kind.BODY, Kind.BODY, Kind.CLAUSE, Kind.CLAUSE, Kind.BODY, Kind.AGREEMENT, Kind.AGREEMENT),
        r.paragraphs().stream().map(Paragraph::kind).collect(Collectors.toList()),
        "完 and the date lines are not paragraphs");
    assertEquals(
        Arrays.asList(null, null, "finance", "innovation-technology", null, null, null),
        r.paragraphs().stream().map(p -> p.area() == null ? null : p.area().id()).collect(Collectors.toList()));
    assertEquals(List.of("香港特別行政區律政司", "華東政法大學"), r.paragraphs().get(5).agreement().parties());
    assertEquals(2, r.paragraphs().get(6).agreement().number());
  }
}
