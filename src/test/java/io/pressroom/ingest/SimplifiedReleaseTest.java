package io.pressroom.ingest;

import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The seed article as a mainland site would publish it: Simplified script, full-width punctuation. */
class SimplifiedReleaseTest {
  @Test
  void sameStructureInSimplifiedChinese() throws IngestException {
    ParsedRelease r = Fixtures.parse("2024-04-26-chinanews-shanghai-hong-kong-cooperation-conference.txt");
    SeedArticle.assertSameStructure(r, SeedArticle::mainland);
    Release release = r.release();
    assertEquals("2024-04-26-chinanews-shanghai-hong-kong-cooperation-conference", release.id());
    assertEquals("沪港合作会议第六次会议就15范畴合作达成共识 两地签20份合作文件", release.title());
    assertEquals("中国新闻网", release.publisher());
    assertEquals("中国新闻网", release.source());
    assertEquals("蒋璐", release.editor());
    assertEquals(OffsetDateTime.parse("2024-04-26T19:58+08:00"), release.published());
    assertEquals("zh-Hans", release.language());
    r.paragraphs().forEach(p -> assertEquals("zh-Hans", p.lang(), p.text()));
    assertEquals("两地签署20份合作文件", r.paragraphs().get(43).section());
    assertEquals("（一）《香港特别行政区律政司与华东政法大学法律交流和合作安排》；", r.paragraphs().get(44).text());
    r.paragraphs().forEach(p -> assertEquals(false, p.text().contains("编辑") || p.text().contains("Copyright") || p.text().contains("关于我们"), p.text()));
  }
}
