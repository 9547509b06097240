package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void tellsScriptsApart() {
    assertEquals("zh-Hant", LanguageDetector.detect("滬港雙方在會議上達成共識。", "zh-Hans"));
    assertEquals("zh-Hans", LanguageDetector.detect("沪港双方在会议上达成共识。", "zh-Hant"));
    assertEquals("en", LanguageDetector.detect("The two sides reached consensus (滬港).", "zh-Hant"));
    assertEquals("zh-Hant", LanguageDetector.detect("上海當代藝術博物館與香港西九文化區M+博物館", "en"));
  }

  @Test
  void everydaySimplifiedCharactersTheTableAlsoFoldsAreNotTraditional() {
    assertEquals("zh-Hans", LanguageDetector.detect("他是著名的学者", "zh-Hant"), "著 is standard Simplified");
  }

  @Test
  void undecidedTextKeepsTheReleaseLanguage() {
    assertEquals("zh-Hant", LanguageDetector.detect("上海市", "zh-Hant"));
    assertEquals("zh-Hans", LanguageDetector.detect("上海市", "zh-Hans"));
    assertEquals("zh-Hant", LanguageDetector.detect("2024 — 15", "zh-Hant"));
  }

  @Test
  void releaseLanguage() {
    assertEquals("zh-Hant", LanguageDetector.detectRelease("香港商報報道。\n兩地簽署文件。"));
    assertEquals("zh-Hans", LanguageDetector.detectRelease("香港商报报道。\n两地签署文件。"));
    assertEquals("en", LanguageDetector.detectRelease("Hong Kong and Shanghai signed documents."));
    assertEquals("en", LanguageDetector.detectRelease("12345"));
  }
}
