package io.pressroom.search;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.model.Kind;
import io.pressroom.testing.Corpus;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English queries over Chinese clauses and the reverse, on the shipped Chinese and English releases.
 * Expected paragraphs are named by a snippet of their text ({@link #zh}, {@link #en}).
 */
class BilingualSearchTest {
  static final String ZH = Corpus.HKCD + "#";
  static final String EN = Corpus.ISD + "#";
  private static Archive index;

  @BeforeAll
  static void open() throws Exception {
    index = Corpus.corpusArchive();
    assertEquals(64 + 61, index.paragraphCount());
  }

  /** The Chinese paragraphs named by {@code snippets} of their text. */
  private static Set<String> zh(String... snippets) {
    return Corpus.seed().paragraphsContaining(snippets);
  }

  /** The English paragraphs named by {@code snippets} of their text. */
  private static Set<String> en(String... snippets) {
    return Corpus.english().paragraphsContaining(snippets);
  }

  /** The one paragraph of {@code ids}. */
  private static String one(Set<String> ids) {
    assertEquals(1, ids.size(), ids.toString());
    return ids.iterator().next();
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new TreeSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return all;
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> ranked(String query) throws Exception {
    SearchResult r = index.search(SearchRequest.builder().query(query).size(100).build());
    return r.hits().stream().map(h -> h.paragraph().id()).toList();
  }

  private static Set<String> chinese(String query) throws Exception {
    return ranked(query).stream().filter(id -> id.startsWith(ZH)).collect(Collectors.toSet());
  }

  private static Set<String> english(String query) throws Exception {
    return ranked(query).stream().filter(id -> id.startsWith(EN)).collect(Collectors.toSet());
  }

  @Test
  void englishQueriesFindChineseClauses() throws Exception {
    assertEquals(zh("綠色金融產品研發"), chinese("green finance"));
    assertEquals(zh("債券市場互聯互通機制"), chinese("bond market"));
    assertEquals(zh("中醫藥學術"), chinese("Chinese medicine"));
    assertEquals(zh("行政長官李家超率領香港特區政府代表團", "一帶一路高峰論壇"), chinese("Belt and Road"));
    assertEquals(zh("RCEP"), chinese("RCEP"), "RCEP stays RCEP");
    assertEquals(en("Regional Comprehensive Economic Partnership"), english("RCEP"));
  }

  @Test
  void chineseQueriesFindEnglishClauses() throws Exception {
    assertEquals(en("green finance products"), english("綠色金融"));
    assertEquals(en("green finance products"), english("绿色金融"));
    assertEquals(en("bond market connectivity mechanism"), english("債券市場"));
    assertEquals(en("Chinese medicine between the two places"), english("中醫藥"));
    assertEquals(en("led the HKSAR Government delegation", "Belt and Road Summit"), english("一帶一路"));
  }

  @Test
  void exactMatchesRankAboveTranslations() throws Exception {
    String enClause = one(en("green finance products"));
    String zhClause = one(zh("綠色金融產品研發"));
    List<String> en = ranked("green finance");
    assertTrue(en.indexOf(enClause) < en.indexOf(zhClause), en.toString());
    List<String> zh = ranked("綠色金融");
    assertTrue(zh.indexOf(zhClause) < zh.indexOf(enClause), zh.toString());
  }

  @Test
  void englishTextIsStemmed() throws Exception {
    assertTrue(english("bond markets").contains(one(en("bond market connectivity mechanism"))));
    assertTrue(english("financing").size() > 0);
    // A stop word is not required: Chinese clauses still answer an English query that has one.
    assertEquals(chinese("Belt and Road"), chinese("the Belt and Road"));
    assertEquals(chinese("green finance"), chinese("the green finance"));
  }

  @Test
  void areaNamesWorkInEveryLanguage() throws Exception {
    for (String name : List.of("finance", "金融", "Finance")) {
      SearchResult r = index.search(SearchRequest.builder().areas(name).kinds(Kind.CLAUSE).size(100).build());
      assertEquals(union(zh("鼓勵港資金融機構", "債券市場互聯互通機制", "綠色金融產品研發"),
          en("Hong Kong-funded financial institutions", "bond market connectivity mechanism", "green finance products")),
          r.hits().stream().map(h -> h.paragraph().id()).collect(Collectors.toSet()), name);
    }
    SearchResult all = index.search(SearchRequest.builder().kinds(Kind.CLAUSE).size(0).build());
    assertEquals(70, all.total());
    assertEquals(15, all.facets().get("area").size(), "the English headings map to the same 15 area ids");
    all.facets().get("area").forEach(a -> assertEquals(0, a.count() % 2, a.value() + " has as many English clauses as Chinese"));
  }

  @Test
  void languageFilter() throws Exception {
    assertEquals(61, index.search(SearchRequest.builder().lang("en").size(0).build()).total());
    assertEquals(64, index.search(SearchRequest.builder().lang("zh-Hant").size(0).build()).total());
    assertEquals(en("green finance products"), index.search(SearchRequest.builder().query("綠色金融").lang("en").build())
        .hits().stream().map(h -> h.paragraph().id()).collect(Collectors.toSet()));
  }
}
