package io.pressroom.search;

import io.pressroom.core.CorpusIngest;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import io.pressroom.model.Kind;
import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.search.SearchRequest;
import io.pressroom.search.SearchResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English queries over Chinese clauses and the reverse, on the shipped Chinese and English releases. */
class BilingualSearchTest {
  static final String ZH = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference#";
  static final String EN = "2024-04-26-isd-shanghai-hong-kong-cooperation-conference-en#";
  private static Archive index;

  @BeforeAll
  static void open() throws Exception {
    index = Archive.open(LuceneStore.inMemory());
    CorpusIngest.Summary s = CorpusIngest.ingestPaths(index, List.of(Path.of("corpus")), line -> {});
    assertEquals(2, s.releases());
    assertEquals(64 + 61, index.paragraphCount());
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
    assertEquals(Set.of(ZH + 18), chinese("green finance"));
    assertEquals(Set.of(ZH + 17), chinese("bond market"));
    assertEquals(Set.of(ZH + 36), chinese("Chinese medicine"));
    assertEquals(Set.of(ZH + 1, ZH + 10), chinese("Belt and Road"));
    assertEquals(Set.of(ZH + 9), chinese("RCEP"), "RCEP stays RCEP");
    assertEquals(Set.of(EN + 7), english("RCEP"));
  }

  @Test
  void chineseQueriesFindEnglishClauses() throws Exception {
    assertEquals(Set.of(EN + 16), english("綠色金融"));
    assertEquals(Set.of(EN + 16), english("绿色金融"));
    assertEquals(Set.of(EN + 15), english("債券市場"));
    assertEquals(Set.of(EN + 34), english("中醫藥"));
    assertEquals(Set.of(EN + 1, EN + 8), english("一帶一路"));
  }

  @Test
  void exactMatchesRankAboveTranslations() throws Exception {
    List<String> en = ranked("green finance");
    assertTrue(en.indexOf(EN + 16) < en.indexOf(ZH + 18), en.toString());
    List<String> zh = ranked("綠色金融");
    assertTrue(zh.indexOf(ZH + 18) < zh.indexOf(EN + 16), zh.toString());
  }

  @Test
  void englishTextIsStemmed() throws Exception {
    assertTrue(english("bond markets").contains(EN + 15));
    assertTrue(english("financing").size() > 0);
    // A stop word is not required: Chinese clauses still answer an English query that has one.
    assertEquals(chinese("Belt and Road"), chinese("the Belt and Road"));
    assertEquals(chinese("green finance"), chinese("the green finance"));
  }

  @Test
  void areaNamesWorkInEveryLanguage() throws Exception {
    for (String name : List.of("finance", "金融", "Finance")) {
      SearchResult r = index.search(SearchRequest.builder().areas(name).kinds(Kind.CLAUSE).size(100).build());
      assertEquals(Set.of(ZH + 16, ZH + 17, ZH + 18, EN + 14, EN + 15, EN + 16),
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
    assertEquals(Set.of(EN + 16), index.search(SearchRequest.builder().query("綠色金融").lang("en").build())
        .hits().stream().map(h -> h.paragraph().id()).collect(Collectors.toSet()));
  }
}
