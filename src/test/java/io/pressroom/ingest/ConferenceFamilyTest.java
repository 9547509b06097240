package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Another conference report of the seed's family: numbered area headings (一、金融), an area the
 * taxonomy does not list among those it does, and a shorter list of signed documents.
 */
class ConferenceFamilyTest {
  @Test
  void unlistedAreaAmongListedOnesIsKept() throws IngestException {
    ParsedRelease r = Fixtures.parse("2023-08-30-hkcd-guangdong-hong-kong-joint-conference.txt");
    assertEquals("粵港合作聯席會議第二十三次會議在廣州舉行", r.release().title());
    assertEquals("陳明", r.release().editor());
    assertEquals(OffsetDateTime.parse("2023-08-30T18:20:05+08:00"), r.release().published());
    assertEquals(
        List.of(Kind.BODY, Kind.BODY, Kind.CLAUSE, Kind.CLAUSE, Kind.CLAUSE, Kind.CLAUSE, Kind.BODY, Kind.AGREEMENT, Kind.AGREEMENT, Kind.BODY),
        r.paragraphs().stream().map(Paragraph::kind).collect(Collectors.toList()));
    List<Paragraph> clauses = SeedArticle.ofKind(r, Kind.CLAUSE);
    assertEquals(
        List.of("finance", "北部都会区建设", "北部都会区建设", "innovation-technology"),
        clauses.stream().map(p -> p.area().id()).collect(Collectors.toList()));
    assertEquals("北部都會區建設", clauses.get(1).area().label("zh-Hant"));
    assertEquals("二、北部都會區建設", clauses.get(1).section());
    assertEquals(
        Arrays.asList(List.of(), List.of("廣東省人民政府", "香港特別行政區政府")),
        SeedArticle.ofKind(r, Kind.AGREEMENT).stream().map(p -> p.agreement().parties()).collect(Collectors.toList()));
  }
}
