package io.pressroom.analysis;

import io.pressroom.text.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

/** Real sentences from the seed article, plus Lucene's random-text consistency checks. */
public class PressroomAnalyzersTest extends BaseTokenStreamTestCase {
  private static final String LIFT = "𨋢"; // U+2822B

  private Analyzer words;
  private Analyzer bigrams;
  private Analyzer english;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    words = PressroomAnalyzers.chineseWords();
    bigrams = PressroomAnalyzers.chineseBigrams();
    english = PressroomAnalyzers.english();
  }

  @Override
  public void tearDown() throws Exception {
    words.close();
    bigrams.close();
    english.close();
    super.tearDown();
  }

  // ---- chineseWords ----

  public void testGreenFinanceSameTokensInBothScripts() throws IOException {
    String[] tokens = {
      "加强", "两", "地", "在", "绿色", "金融", "相关", "标准", "方面", "的", "研究", "合作", "和", "标准",
      "互", "认"
    };
    int[] starts = {0, 2, 3, 4, 5, 7, 9, 11, 13, 15, 16, 18, 20, 21, 23, 24};
    int[] ends = {2, 3, 4, 5, 7, 9, 11, 13, 15, 16, 18, 20, 21, 23, 24, 25};
    assertAnalyzesTo(words, "加強兩地在綠色金融相關標準方面的研究合作和標準互認", tokens, starts, ends);
    assertAnalyzesTo(words, "加强两地在绿色金融相关标准方面的研究合作和标准互认", tokens, starts, ends);
    assertAnalyzesTo(words, "綠色金融", new String[] {"绿色", "金融"}, new int[] {0, 2}, new int[] {2, 4});
    assertAnalyzesTo(words, "绿色金融", new String[] {"绿色", "金融"}, new int[] {0, 2}, new int[] {2, 4});
  }

  public void testHongKongFormOfHealthBureau() throws IOException {
    // 衞 (Hong Kong form, not mapped by ICU) must fold like 衛 and 卫.
    String sentence = "《上海市衞生健康委員會與香港特別行政區政府醫務衞生局關於衞生合作的諒解備忘錄》";
    assertAnalyzesTo(
        words,
        sentence,
        new String[] {
          "上海市", "卫生", "健康", "委员会", "与", "香港", "特别", "行政区", "政府", "医务", "卫生局", "关于", "卫生",
          "合作", "的", "谅解", "备忘录"
        },
        new int[] {1, 4, 6, 8, 11, 12, 14, 16, 19, 21, 23, 26, 28, 30, 32, 33, 35},
        new int[] {4, 6, 8, 11, 12, 14, 16, 19, 21, 23, 26, 28, 30, 32, 33, 35, 38},
        new int[] {2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}); // 《 leaves a gap
    String[] bureau = {"医务", "卫生局"};
    assertAnalyzesTo(words, "醫務衞生局", bureau, new int[] {0, 2}, new int[] {2, 5});
    assertAnalyzesTo(words, "醫務衛生局", bureau, new int[] {0, 2}, new int[] {2, 5});
    assertAnalyzesTo(words, "医务卫生局", bureau, new int[] {0, 2}, new int[] {2, 5});
  }

  public void testShanghaiHongKongAbbreviation() throws IOException {
    for (String s : new String[] {"滬港合作會議", "沪港合作会议"}) {
      assertAnalyzesTo(
          words, s, new String[] {"沪", "港", "合作", "会议"}, new int[] {0, 1, 2, 4},
          new int[] {1, 2, 4, 6});
      assertAnalyzesTo(
          bigrams, s, new String[] {"沪港", "港合", "合作", "作会", "会议"}, new int[] {0, 1, 2, 3, 4},
          new int[] {2, 3, 4, 5, 6});
    }
  }

  public void testMPlusMuseumIsOneToken() throws IOException {
    assertAnalyzesTo(
        words,
        "香港西九文化區M+博物館",
        new String[] {"香港", "西", "九", "文化", "区", "m+", "博物馆"},
        new int[] {0, 2, 3, 4, 6, 7, 9},
        new int[] {2, 3, 4, 6, 7, 9, 12});
    String agreement = "《上海當代藝術博物館與香港西九文化區M+博物館戰略合作框架諒解備忘錄》";
    List<String> terms = terms(words, agreement);
    assertTrue(terms.toString(), terms.contains("m+"));
    assertFalse(terms.toString(), terms.contains("m"));
    // The query side: M+ (also typed full-width) is the single term m+.
    assertAnalyzesTo(words, "M+", new String[] {"m+"});
    assertAnalyzesTo(words, "Ｍ＋", new String[] {"m+"});
    assertAnalyzesTo(words, "M", new String[] {"m"});
  }

  public void testLatinAndNumbersInsideChinese() throws IOException {
    assertAnalyzesTo(
        words,
        "C++和C#語言，ＲＣＥＰ於2024年生效",
        new String[] {"c++", "和", "c#", "语言", "rcep", "于", "2024", "年", "生效"},
        new int[] {0, 3, 4, 6, 9, 13, 14, 18, 19},
        new int[] {3, 4, 6, 8, 13, 14, 18, 19, 21},
        new int[] {1, 1, 1, 1, 2, 1, 1, 1, 1});
    // No stemming, unlike SmartChineseAnalyzer (iphon).
    assertAnalyzesTo(words, "iPhone15發佈", new String[] {"iphone", "15", "发布"});
  }

  public void testOffsetsPointAtTheOriginalTraditionalText() throws IOException {
    String article =
        Files.readString(ChineseWordTokenizerTest.ARTICLE, StandardCharsets.UTF_8);
    int checked = 0;
    try (TokenStream ts = words.tokenStream("body", article)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String original = article.substring(off.startOffset(), off.endOffset());
        String folded =
            ChineseScript.toSimplified(original).replace(" ", "").toLowerCase(Locale.ROOT);
        assertEquals(original, term.toString(), folded);
        checked++;
      }
      ts.end();
    }
    assertTrue(checked > 1500);
  }

  // ---- chineseBigrams ----

  public void testBigramsFindNamesSmartcnSplits() throws IOException {
    assertAnalyzesTo(words, "李家超", new String[] {"李", "家", "超"});
    assertAnalyzesTo(
        bigrams, "李家超", new String[] {"李家", "家超"}, new int[] {0, 1}, new int[] {2, 3});
    assertAnalyzesTo(
        bigrams, "發展局局長甯漢豪",
        new String[] {"发展", "展局", "局局", "局长", "长甯", "甯汉", "汉豪"},
        new int[] {0, 1, 2, 3, 4, 5, 6},
        new int[] {2, 3, 4, 5, 6, 7, 8});
    // A lone Han character between non-Han text is a unigram.
    assertAnalyzesTo(
        bigrams, "RCEP於2024年", new String[] {"rcep", "于", "2024", "年"},
        new int[] {0, 4, 5, 9}, new int[] {4, 5, 9, 10});
  }

  // ---- english ----

  public void testEnglish() throws IOException {
    assertAnalyzesTo(
        english,
        "Hong Kong's organizations signed 20 agreements on Ｇｒｅｅｎ finance",
        new String[] {"hong", "kong", "organization", "sign", "20", "agreement", "green", "finance"},
        new int[] {0, 5, 12, 26, 33, 36, 50, 56},
        new int[] {4, 11, 25, 32, 35, 46, 55, 63},
        new int[] {1, 1, 1, 1, 1, 1, 2, 1});
    // KStem keeps apart what Porter would merge.
    assertAnalyzesTo(
        english, "organ organization general generic",
        new String[] {"organ", "organization", "general", "generic"});
    assertAnalyzesTo(english, "M+ 博物館", new String[] {"m", "博", "物", "馆"});
  }

  // ---- supplementary-plane characters ----

  public void testParagraphWithLiftCharacter() throws IOException {
    String p = "九龍灣一幢工業大廈的𨋢昨日故障，兩名工人被困𨋢內。";
    assertAnalyzesTo(
        words,
        p,
        new String[] {
          "九", "龙湾", "一", "幢", "工业", "大厦", "的", LIFT, "昨日", "故障", "两", "名", "工人", "被", "困",
          LIFT, "内"
        },
        new int[] {0, 1, 3, 4, 5, 7, 9, 10, 12, 14, 17, 18, 19, 21, 22, 23, 25},
        new int[] {1, 3, 4, 5, 7, 9, 10, 12, 14, 16, 18, 19, 21, 22, 23, 25, 26});
    assertAnalyzesTo(
        bigrams,
        "升降機𨋢壞了",
        new String[] {"升降", "降机", "机" + LIFT, LIFT + "坏", "坏了"},
        new int[] {0, 1, 2, 3, 5},
        new int[] {2, 3, 5, 6, 7});
    assertAnalyzesTo(
        english, "升降機𨋢", new String[] {"升", "降", "机", LIFT}, new int[] {0, 1, 2, 3},
        new int[] {1, 2, 3, 5});
  }

  public void testLiftCharacterAtSmartcnBufferBoundaryInALongParagraph() throws IOException {
    // No line break for 1023 chars: smartcn's buffer ends between the two halves of 𨋢.
    String p = "工".repeat(1023) + "升降機𨋢".substring(3) + "壞了";
    for (Analyzer a : new Analyzer[] {words, bigrams, english}) {
      for (String t : terms(a, p)) {
        assertWellFormed(t);
      }
      assertTrue(String.join("", terms(a, p)).contains(LIFT));
    }
  }

  private static void assertWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(s, i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)));
      } else {
        assertFalse(s, Character.isLowSurrogate(c));
      }
    }
  }

  // ---- normalization (wildcard / prefix / range query text) ----

  public void testNormalizeFoldsScriptWidthAndCase() {
    assertEquals(new BytesRef("rcep绿色"), words.normalize("f", "ＲＣＥＰ綠色"));
    assertEquals(new BytesRef("rcep绿色"), bigrams.normalize("f", "ＲＣＥＰ綠色"));
    assertEquals(new BytesRef("hong kong卫生"), english.normalize("f", "Hong Kong衞生"));
  }

  // ---- Lucene's consistency checks on random text ----

  public void testRandomStringsChineseWords() throws IOException {
    checkRandomData(random(), words, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomStringsChineseBigrams() throws IOException {
    checkRandomData(random(), bigrams, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomStringsEnglish() throws IOException {
    checkRandomData(random(), english, 200 * RANDOM_MULTIPLIER);
  }

  /** Long texts cross smartcn's 1024-char buffer. */
  public void testRandomLongStrings() throws IOException {
    checkRandomData(random(), words, 10 * RANDOM_MULTIPLIER, 4096);
    checkRandomData(random(), bigrams, 10 * RANDOM_MULTIPLIER, 4096);
    checkRandomData(random(), english, 10 * RANDOM_MULTIPLIER, 4096);
  }

  static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
