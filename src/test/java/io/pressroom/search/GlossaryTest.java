package io.pressroom.search;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.testing.Corpus;
import io.pressroom.text.ChineseScript;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped glossary's shape, and a user's glossary file extending it without a rebuild. */
class GlossaryTest {
  @Test
  void shippedGlossaryIsWellFormed() {
    Glossary g = Glossary.standard();
    assertTrue(g.size() >= 300, "a few hundred entries: " + g.size());
    Glossary.Entry green = g.findEnglish(List.of("green", "finance")).get(0).entry();
    assertTrue(green.traditional().contains("綠色金融"));
    assertTrue(green.simplified().contains("绿色金融"));
    assertEquals(green, g.findChinese("绿色金融").orElseThrow(), "Chinese terms match in either script");
    assertEquals(green, g.findChinese("綠色金融").orElseThrow());
    assertEquals(1, g.findEnglish(List.of("Bond", "Markets")).size(), "case and plural folded");
  }

  @Test
  void longestTermWinsAndTermsDoNotOverlap() {
    Glossary g = Glossary.standard();
    List<Glossary.Match> m = g.findEnglish(List.of("green", "finance", "products", "and", "bond", "market"));
    assertEquals(2, m.size(), m.toString());
    assertEquals(0, m.get(0).start());
    assertEquals(3, m.get(0).end(), "'green finance products' rather than 'green finance'");
    assertEquals(4, m.get(1).start());
  }

  @Test
  void aUserFileAddsEntries(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("glossary.tsv");
    Files.writeString(file, "# a user's term\ninter-museum friendship\t館際友好\t馆际友好\n");
    Glossary g = Glossary.standardWith(file);
    assertEquals(Glossary.standard().size() + 1, g.size());
    try (Archive withUser = Archive.open(LuceneStore.inMemory(), g);
        Archive shipped = Archive.open(LuceneStore.inMemory())) {
      Corpus.ingestInto(withUser);
      Corpus.ingestInto(shipped);
      String zh20 = Corpus.seed().paragraphContaining("館際友好合作備忘錄");
      assertTrue(ids(withUser, "inter-museum friendship").contains(zh20));
      assertFalse(ids(shipped, "inter-museum friendship").contains(zh20));
    }
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("glossary.tsv");
    Files.writeString(file, "ok\t好\t好\nonly two\tcolumns\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.standardWith(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  /** The shipped file, parsed line by line as the loader does. */
  private static List<Glossary.Entry> shippedEntries() throws Exception {
    try (InputStream in = Glossary.class.getResourceAsStream("glossary.tsv")) {
      assertNotNull(in, "glossary.tsv is on the classpath");
      return Glossary.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "glossary.tsv");
    }
  }

  /** An English term as the glossary matches it: words split on spaces and hyphens, each folded. */
  private static String englishKey(String term) {
    return String.join(" ", Arrays.stream(term.split("[\\s\\-]+")).filter(w -> !w.isEmpty()).map(Glossary::englishWord).toList());
  }

  /** A Chinese term as the glossary matches it: folded to Simplified, spaces dropped. */
  private static String chineseKey(String term) {
    return ChineseScript.toSimplified(term.strip()).replaceAll("\\s+", "");
  }

  @Test
  void theShippedFileLoadsWithEveryColumnFilled() throws Exception {
    List<Glossary.Entry> entries = shippedEntries();
    assertEquals(entries.size(), Glossary.standard().size(), "every line of the file is an entry of the standard glossary");
    assertTrue(entries.size() >= 1000, "about a thousand entries: " + entries.size());
    for (Glossary.Entry e : entries) {
      assertFalse(e.english().isEmpty(), "an English term: " + e);
      assertFalse(e.traditional().isEmpty(), "a Traditional term: " + e);
      assertFalse(e.simplified().isEmpty(), "a Simplified term: " + e);
      for (String en : e.english()) {
        assertFalse(englishKey(en).isEmpty(), "an English term with words: " + e);
        assertFalse(Arrays.asList(englishKey(en).split(" ")).contains(""), "no English word that is only punctuation ('" + en + "')");
      }
    }
  }

  @Test
  void noTermBelongsToTwoEntries() throws Exception {
    List<Glossary.Entry> entries = shippedEntries();
    Map<String, Set<Integer>> english = new HashMap<>();
    Map<String, Set<Integer>> chinese = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Glossary.Entry e = entries.get(i);
      for (String t : e.english()) {
        english.computeIfAbsent(englishKey(t), k -> new LinkedHashSet<>()).add(i);
      }
      for (String t : e.chinese()) {
        chinese.computeIfAbsent(chineseKey(t), k -> new LinkedHashSet<>()).add(i);
      }
    }
    List<String> duplicates = new ArrayList<>();
    english.forEach((k, v) -> {
      if (v.size() > 1) {
        duplicates.add("English '" + k + "' in " + v.stream().map(i -> entries.get(i).english().get(0)).toList());
      }
    });
    chinese.forEach((k, v) -> {
      if (v.size() > 1) {
        duplicates.add("Chinese '" + k + "' in " + v.stream().map(i -> entries.get(i).english().get(0)).toList());
      }
    });
    assertEquals(List.of(), duplicates, "case-insensitive English and either Chinese script: one entry per term");
  }

  @Test
  void theSimplifiedColumnHoldsNoTraditionalCharacter() throws Exception {
    List<String> traditionalLeft = new ArrayList<>();
    for (Glossary.Entry e : shippedEntries()) {
      for (String s : e.simplified()) {
        if (!ChineseScript.toSimplified(s).equals(s)) {
          traditionalLeft.add(s + " (" + ChineseScript.toSimplified(s) + ") in " + e.english().get(0));
        }
      }
    }
    assertEquals(List.of(), traditionalLeft, "Simplified terms differ from their conversion only where a real Simplified form applies");
  }

  @Test
  void noChineseTermIsTooShortOrTooCommonToExpandAQuery() throws Exception {
    Set<String> tooCommon = Set.of("合作", "发展", "香港", "内地", "国家", "服务机构", "两地", "会议");
    for (Glossary.Entry e : shippedEntries()) {
      for (String t : e.chinese()) {
        assertTrue(t.codePointCount(0, t.length()) >= 2, "no single character: '" + t + "' in " + e.english().get(0));
        assertFalse(tooCommon.contains(chineseKey(t)), "too common to be a translation: '" + t + "' in " + e.english().get(0));
      }
    }
    Glossary g = Glossary.standard();
    assertTrue(g.findChinese("中大").isEmpty(), "中大 is also Sun Yat-sen University: no short form for CUHK");
    assertTrue(g.findChinese("科大").isEmpty(), "科大 is also USTC: no short form for HKUST");
    assertTrue(g.findEnglish(List.of("Bernard", "Chan")).isEmpty(), "two officials are called Bernard Chan: only the full name maps to 陳百里");
  }

  /** The entry an English phrase names as a whole. */
  private static Glossary.Entry english(String phrase) {
    List<String> words = List.of(phrase.split(" "));
    List<Glossary.Match> m = Glossary.standard().findEnglish(words);
    assertEquals(1, m.size(), phrase + ": " + m);
    assertEquals(0, m.get(0).start(), phrase);
    assertEquals(words.size(), m.get(0).end(), phrase);
    return m.get(0).entry();
  }

  private static Glossary.Entry chinese(String term) {
    return Glossary.standard().findChinese(term).orElseThrow(() -> new AssertionError("no entry for " + term));
  }

  @Test
  void officialsAndBodiesAreFoundInBothDirections() {
    Glossary.Entry sj = english("Secretary for Justice");
    assertTrue(sj.traditional().contains("律政司司長"));
    assertTrue(sj.simplified().contains("律政司司长"));
    assertEquals(sj, chinese("律政司司长"));
    assertTrue(chinese("律政司司長").english().contains("Secretary for Justice"));
    assertEquals(List.of("律政司"), english("Department of Justice").traditional(), "the department stays a separate entry");
    assertTrue(english("Deputy Secretary for Justice").traditional().contains("律政司副司長"));

    Glossary.Entry gdeto = english("Hong Kong Economic and Trade Office in Guangdong");
    assertTrue(gdeto.simplified().contains("驻粤办"));
    assertEquals(gdeto, chinese("駐粵經濟貿易辦事處"));

    assertNotEquals(english("Yin Yong"), english("Ying Yong"), "殷勇 and 應勇 are two people");
    assertEquals(List.of("殷勇"), english("Yin Yong").traditional());
    assertTrue(chinese("应勇").english().contains("Ying Yong"));
  }

  @Test
  void museumsAndProgrammesAreFoundInBothDirections() {
    assertTrue(english("Hong Kong Palace Museum").simplified().contains("香港故宫文化博物馆"));
    assertTrue(chinese("上海當代藝術博物館").english().contains("Power Station of Art"));
    Glossary.Entry shanghaiMuseum = english("Shanghai Museum");
    assertTrue(shanghaiMuseum.simplified().contains("上海博物馆"));
    assertEquals(shanghaiMuseum, chinese("上海博物館"));
    assertTrue(chinese("香港文化博物馆").english().contains("Hong Kong Heritage Museum"));
    assertNotEquals(chinese("香港文化博物館"), chinese("香港故宮文化博物館"), "Heritage Museum and Palace Museum differ");
    assertTrue(chinese("香港國際創科展").english().contains("InnoEX"));
    assertTrue(english("Thematic Youth Internship Programmes to the Mainland").traditional().contains("內地專題實習計劃"));
    assertTrue(english("Funding Scheme for Youth Internship in the Mainland").simplified().contains("青年内地实习资助计划"));
  }

  @Test
  void environmentFinanceAndLegalTermsAreFoundInBothDirections() {
    assertTrue(english("water pollution").traditional().contains("水污染"));
    assertTrue(chinese("生態保育").english().contains("ecological conservation"));
    assertTrue(english("carbon emissions").simplified().contains("碳排放"));
    assertTrue(english("waste").traditional().contains("廢物"));
    assertEquals(english("carbon trading"), english("carbon emissions trading"), "one concept, one entry");
    assertTrue(chinese("粵港環保及應對氣候變化合作小組").english().contains("JWGEPCCC"));

    Glossary.Entry northbound = english("Northbound Trading");
    assertTrue(northbound.traditional().containsAll(List.of("北向通", "滬股通", "深股通")), "Bond Connect and Stock Connect channels");
    assertEquals(northbound, chinese("沪股通"));
    assertTrue(chinese("港股通").english().contains("Southbound Trading"));
    assertTrue(chinese("北向通").english().contains("Northbound Trading"));

    assertTrue(english("Insurance Authority").simplified().contains("保险业监管局"));
    assertEquals(chinese("管理諮詢"), chinese("管理咨询"), "the real Simplified form and the one-to-one conversion are one entry");
    assertTrue(chinese("上海國際經濟貿易仲裁委員會").english().contains("SHIAC"));
    assertTrue(english("Greater Bay Area Legal Professional Examination").traditional().contains("粵港澳大灣區律師執業考試"));
    assertTrue(chinese("姐妹学校").english().contains("sister schools"));
  }

  private static List<String> ids(Archive s, String q) throws Exception {
    return s.search(SearchRequest.builder().query(q).size(100).build()).hits().stream().map(h -> h.paragraph().id()).toList();
  }
}
