package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
  @Test
  void readsListNumbers() {
    Map<String, Integer> cases =
        Map.ofEntries(
            Map.entry("一", 1), Map.entry("九", 9), Map.entry("十", 10), Map.entry("十一", 11), Map.entry("十九", 19),
            Map.entry("二十", 20), Map.entry("二十一", 21), Map.entry("三十", 30), Map.entry("九十九", 99),
            Map.entry("一百", 100), Map.entry("一百零一", 101), Map.entry("一百一十", 110), Map.entry("兩百", 200),
            Map.entry("两千零五", 2005), Map.entry("一萬", 10_000), Map.entry("二〇二四", 2024), Map.entry("零", 0),
            Map.entry("7", 7), Map.entry("20", 20), Map.entry("１２", 12));
    cases.forEach((text, value) -> assertEquals(value, ChineseNumerals.parse(text).getAsInt(), text));
  }

  @Test
  void refusesWhatIsNotANumber() {
    for (String text : new String[] {"", "一二十", "十a", "abc", "左起", "123456789", "萬"}) {
      assertTrue(ChineseNumerals.parse(text).isEmpty(), text);
    }
    assertTrue(ChineseNumerals.parse(null).isEmpty());
  }
}
