package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatePartsTest {
  private static final ZoneId HK = ZoneId.of("Asia/Hong_Kong");

  @Test
  void writtenForms() {
    assertEquals(OffsetDateTime.parse("2024-04-26T19:58:59+08:00"), DateParts.find("責任編輯:蔣璐 2024-04-26 19:58:59 來源:香港商報網").resolve(HK));
    assertEquals(OffsetDateTime.parse("2024-04-26T19:58+08:00"), DateParts.find("2024年04月26日 19:58　来源：中国新闻网").resolve(HK));
    assertEquals(OffsetDateTime.parse("2024-04-26T15:05+08:00"), DateParts.find("2024年4月26日下午3時05分").resolve(HK));
    assertEquals(
        OffsetDateTime.parse("2024-04-26T19:30+08:00"),
        DateParts.find("Issued at HKT 19:30").or(DateParts.find("Ends/Friday, April 26, 2024")).resolve(null));
    assertEquals(OffsetDateTime.parse("2024-04-26T00:00Z"), DateParts.find("26 April 2024 (GMT+0)").resolve(HK));
    assertEquals(
        OffsetDateTime.parse("2024-04-26T19:30+08:00"),
        DateParts.find("香港時間19時30分").or(DateParts.find("2024年4月26日（星期五）")).resolve(null));
    assertEquals(OffsetDateTime.parse("2024-04-26T19:30+08:00"), DateParts.find("April 26, 2024, 7:30 pm").resolve(HK));
    assertEquals(OffsetDateTime.parse("2024-04-26T19:58:59+08:00"), DateParts.parseMachine("2024-04-26T19:58:59+08:00").resolve(null));
  }

  @Test
  void impossibleDatesAndMissingZonesGiveNothing() {
    assertNull(DateParts.find("2024-13-45 25:61").date());
    assertNull(DateParts.find("2024-13-45 25:61").time());
    assertNull(DateParts.find("April 26, 2024").resolve(null), "no zone: unknown instant");
  }
}
