package io.pressroom.search;

import static org.junit.jupiter.api.Assertions.*;

import io.pressroom.core.Archive;
import io.pressroom.model.Agreement;
import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.CorpusRelease;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The search core on the shipped seed article, as a contract every backend passes unchanged: the
 * embedded index ({@link SearchCoreTest}) and SolrCloud ({@code SolrCloudBackendTest}). The seed
 * ({@link Corpus#seed()}) has 64 paragraphs: an introduction (with two photo captions), the 35
 * clauses of 15 areas, a caption and a paragraph on the signing, and the 20 agreements (一)…(二十).
 * Expected paragraphs are named by a snippet of their text, never by position.
 */
public abstract class SeedSearchContract {
  private static final CorpusRelease SEED = Corpus.seed();

  /** The three finance clauses, in document order. */
  private static final String[] FINANCE_CLAUSES = {"鼓勵港資金融機構", "債券市場互聯互通機制", "綠色金融產品研發"};

  /** The paragraphs that name 李家超, in document order. */
  private static final String[] JOHN_LEE = {"行政長官李家超率領香港特區政府代表團", "在會議前合照", "李家超表示",
      "李家超(右二)今日在滬港合作會議第六次會議作開場發言", "李家超說", "李家超(右)與龔正(左)", "行政長官李家超與上海市市長龔正於會上簽署"};

  /** The paragraphs that hold both 金融 and 市場. */
  private static final String[] FINANCE_AND_MARKET = {"金融支付領域合作", "債券市場互聯互通機制", "綠色金融產品研發"};

  /** A service holding exactly the seed article. */
  protected abstract Archive index();

  private Set<String> ids(String query) throws Exception {
    return ids(SearchRequest.builder().query(query).size(100).build());
  }

  private Set<String> ids(SearchRequest r) throws Exception {
    SearchResult res = index().search(r);
    assertEquals(res.total(), res.hits().size(), "test expects one page to hold all hits");
    return res.hits().stream().map(h -> h.paragraph().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The first {@code n} hits of {@code query}, as a set. */
  private Set<String> top(int n, String query) throws Exception {
    return index().search(SearchRequest.builder().query(query).size(n).build()).hits().stream()
        .map(h -> h.paragraph().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The seed paragraphs named by {@code snippets} of their text, one each. */
  private static Set<String> named(String... snippets) {
    return SEED.paragraphsContaining(snippets);
  }

  /** As {@link #named}, in the order given. */
  private static List<String> inOrder(String... snippets) {
    return SEED.paragraphsInOrder(snippets);
  }

  @Test
  public void simplifiedQueryFindsTraditionalText() throws Exception {
    assertEquals(named("綠色金融產品研發"), ids("绿色金融"));
    assertEquals(named("醫務衞生局局長盧寵茂", "國家中醫藥管理局與香港醫務衞生局", "衞生應急", "關於衞生合作的諒解備忘錄"), ids("卫生"));
    assertEquals(named(
        // introduction
        "行政長官李家超率領香港特區政府代表團", "李家超表示", "作開場發言", "李家超說", "就以下15個範疇的合作方向達成共識",
        // clauses
        "優秀科技成果在滬港的雙向轉化", "滬港人工智能創新策源實踐高地", "推進滬港數據合作", "在船舶融資推介服務方面加強滬港合作",
        "歡迎滬港廣告企業雙向開展跨境貿易服務", "滬港文化創意園區合作", "滬港大學聯盟",
        // the signing
        "李家超(右)與龔正(左)", "亦簽署20份合作文件",
        // agreements
        "關於深化滬港金融合作的協議", "加強滬港城市規劃建設管理合作意向書", "加強滬港水務合作意向書", "關於深化滬港創新及科技合作備忘錄",
        "關於共同促進滬港企業創新發展的合作備忘錄", "推動滬港兩地經貿高質量合作備忘錄", "滬港產業高質量發展合作備忘錄"), ids("沪港"));
  }

  @Test
  public void traditionalQueryFindsTheSameAsSimplified() throws Exception {
    assertEquals(ids("绿色金融"), ids("綠色金融"));
    assertEquals(ids("卫生"), ids("衞生"));
    assertEquals(ids("沪港"), ids("滬港"));
  }

  @Test
  public void namesAreFoundExactly() throws Exception {
    assertEquals(named(JOHN_LEE), ids("李家超"));
    assertEquals(named("甯漢豪"), ids("甯漢豪"));
    assertEquals(named("甯漢豪"), ids("甯汉豪"));
    // Characters of a name that stand apart elsewhere do not match it.
    assertEquals(Set.of(), ids("李超"));
  }

  @Test
  public void latinTokensInsideChineseText() throws Exception {
    assertEquals(named("M+博物館"), ids("M+"));
    // Fewer than five paragraphs hold both words: the search is relaxed, and the one that does comes first.
    assertEquals(named("M+博物館"), top(1, "m+ 博物館"));
    assertEquals(named("RCEP"), ids("RCEP"));
    assertEquals(named("RCEP"), ids("rcep"));
    assertEquals(named("香港2024年「中華文化節」"), top(1, "2024年"));
  }

  @Test
  public void phrasesAndBooleanOperators() throws Exception {
    assertEquals(named("債券市場互聯互通機制", "綠色金融產品研發"), ids("\"金融 市場\""));
    // Every word is required; when that finds little, paragraphs with most words follow, those with all first.
    assertEquals(named(FINANCE_AND_MARKET), top(3, "金融 市場"), "AND is the default operator");
    assertTrue(index().search(SearchRequest.of("金融 市場")).notices().stream()
        .anyMatch(n -> n.code().equals("relaxed") && n.message().contains("most of them")));
    assertEquals(named(FINANCE_AND_MARKET), ids("金融 AND 市場"), "an explicit AND is never relaxed");
    assertEquals(named("金融支付領域合作", "債券市場互聯互通機制"), ids("金融 市場 -綠色"));
    assertEquals(named("金融支付領域合作", "債券市場互聯互通機制"), ids("金融 AND 市場 NOT 綠色金融"));
    assertEquals(union(ids("綠色金融"), ids("體育")), ids("綠色金融 OR 體育"));
    assertEquals(named("上海市黃浦區人民政府、上海臨港", "閔行區", "上海市黃浦區人民政府與香港大學"), ids("kind:agreement 香港大學"));
    assertEquals(named(FINANCE_CLAUSES), ids("area:金融 金融"));
    Set<String> notFinance = ids("-area:finance kind:clause");
    assertEquals(32, notFinance.size());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.addAll(b);
    return s;
  }

  @Test
  public void brokenQueriesFallBackToLiteralWords() throws Exception {
    SearchResult r = index().search(SearchRequest.of("\"綠色金融"));
    assertEquals(1, r.total());
    assertEquals(SEED.paragraphContaining("綠色金融產品研發"), r.hits().get(0).paragraph().id());
    assertFalse(r.notices().isEmpty(), "a fallback says so");

    SearchResult lead = index().search(SearchRequest.of("*金融"));
    assertEquals("unsupported_form", lead.notices().get(0).code(), lead.notices().toString());
    assertTrue(lead.notices().get(0).message().contains("leading wildcard"), lead.notices().toString());
    assertTrue(lead.total() > 0);

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> index().search(SearchRequest.of("( ) 。")));
    assertEquals("q", e.parameter());

    InvalidRequestException unknownArea =
        assertThrows(InvalidRequestException.class, () -> index().search(SearchRequest.of("area:nowhere")));
    assertEquals("area", unknownArea.parameter());
  }

  @Test
  public void areaFacetCountsEveryClause() throws Exception {
    SearchResult r = index().search(SearchRequest.builder().kinds(Kind.CLAUSE).size(0).build());
    assertEquals(35, r.total());
    Map<String, Long> counts = areaCounts(r);
    Map<String, Long> expected = new LinkedHashMap<>();
    String[] ids = {"belt-road-trade", "innovation-technology", "digital-economy", "finance",
        "aviation-shipping-logistics", "culture-creative", "education-talent", "youth-development",
        "legal-services", "environmental-governance", "urban-planning", "medical-health", "sports",
        "social-welfare", "hk-people-mainland"};
    long[] n = {3, 3, 2, 3, 2, 3, 3, 2, 2, 3, 2, 4, 1, 1, 1};
    for (int i = 0; i < ids.length; i++) {
      expected.put(ids[i], n[i]);
    }
    assertEquals(expected, counts);
    // The service's own area listing agrees, in taxonomy order.
    assertEquals(List.of(ids), index().areas().stream().map(a -> a.area().id()).toList());
    assertEquals(List.of(3L, 3L, 2L, 3L, 2L, 3L, 3L, 2L, 2L, 3L, 2L, 4L, 1L, 1L, 1L),
        index().areas().stream().map(SearchResult.AreaCount::count).toList());
  }

  private static Map<String, Long> areaCounts(SearchResult r) {
    Map<String, Long> m = new TreeMap<>();
    r.facets().get("area").forEach(a -> m.put(a.value(), a.count()));
    return new LinkedHashMap<>(m);
  }

  @Test
  public void selectingAnAreaStillCountsTheOthers() throws Exception {
    SearchResult all = index().search(SearchRequest.builder().kinds(Kind.CLAUSE).size(0).build());
    SearchResult finance = index().search(SearchRequest.builder().kinds(Kind.CLAUSE).areas("finance").size(100).build());
    assertEquals(3, finance.total());
    assertEquals(named(FINANCE_CLAUSES), finance.hits().stream().map(h -> h.paragraph().id()).collect(Collectors.toCollection(TreeSet::new)));
    // Drill-sideways: the area facet counts the other areas as if none were selected.
    assertEquals(areaCounts(all), areaCounts(finance));
    // Other dimensions are narrowed by the selection.
    assertEquals(List.of("clause 3"), finance.facets().get("kind").stream().map(v -> v.value() + " " + v.count()).toList());

    SearchResult two = index().search(SearchRequest.builder().areas("finance", "sports").size(100).build());
    assertEquals(4, two.total(), "values of one filter are OR-ed");
  }

  @Test
  public void areaFilterAcceptsIdsAndLabelsInAnyScriptOrLanguage() throws Exception {
    Set<String> finance = named(FINANCE_CLAUSES);
    for (String name : List.of("finance", "Finance", "金融", "FINANCE")) {
      assertEquals(finance, ids(SearchRequest.builder().areas(name).size(100).build()), name);
    }
    Set<String> health = named("中醫藥學術", "公立醫院高質量發展", "傳染病防控", "藥品領域監管制度");
    for (String name : List.of("medical-health", "醫療衞生", "医疗卫生", "醫療衛生", "Medical and Health", "medical & health")) {
      assertEquals(health, ids(SearchRequest.builder().areas(name).size(100).build()), name);
    }
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> index().search(SearchRequest.builder().areas("astrology").build()));
    assertEquals("area", e.parameter());
  }

  @Test
  public void filtersCombine() throws Exception {
    assertEquals(named("關於深化滬港金融合作的協議"), ids(SearchRequest.builder().query("金融").kinds(Kind.AGREEMENT).size(100).build()));
    assertEquals(named("M+博物館"), ids(SearchRequest.builder().agreements(Agreement.idOf(Corpus.HKCD, 13)).size(100).build()));
    assertEquals(3, index().search(SearchRequest.builder().kinds(Kind.CAPTION).build()).total());
    assertEquals(64, index().search(SearchRequest.builder().releases(List.of(Corpus.HKCD)).build()).total());
    assertEquals(64, index().search(SearchRequest.builder().lang("zh-Hant").build()).total());
    assertEquals(0, index().search(SearchRequest.builder().lang("en").build()).total());
    assertEquals(64, index().search(SearchRequest.builder()
        .fromDate(java.time.LocalDate.of(2024, 4, 26)).toDate(java.time.LocalDate.of(2024, 4, 26)).build()).total());
    assertEquals(0, index().search(SearchRequest.builder().fromDate(java.time.LocalDate.of(2024, 4, 27)).build()).total());
    assertThrows(InvalidRequestException.class, () -> index().search(SearchRequest.builder().lang("fr").build()));
  }

  @Test
  public void highlightsLandOnTheOriginalCharacters() throws Exception {
    Pattern mark = Pattern.compile("<mark>(.*?)</mark>");
    for (String q : List.of("卫生", "绿色金融", "李家超", "M+", "沪港")) {
      SearchResult r = index().search(SearchRequest.builder().query(q).size(100).build());
      assertFalse(r.hits().isEmpty(), q);
      for (SearchResult.Hit h : r.hits()) {
        String text = h.paragraph().text();
        assertEquals(1, h.highlights().size(), "short paragraphs come back whole: " + q);
        String passage = h.highlights().get(0);
        assertEquals(escape(text), passage.replace("<mark>", "").replace("</mark>", ""),
            "the passage is the escaped original text plus marks");
        Matcher m = mark.matcher(passage);
        assertTrue(m.find(), "a mark in " + passage);
      }
    }
    SearchResult health = index().search(SearchRequest.builder().query("卫生").agreements(Agreement.idOf(Corpus.HKCD, 3)).build());
    String passage = health.hits().get(0).highlights().get(0);
    List<String> marked = new ArrayList<>();
    Matcher m = mark.matcher(passage);
    while (m.find()) {
      marked.add(m.group(1));
    }
    assertEquals(List.of("衞生", "衞生", "衞生"), marked, "Traditional characters as written, not the folded 卫生");

    SearchResult simplified = index().search(SearchRequest.of("綠色金融"));
    assertEquals("支持兩地金融市場、金融機構在<mark>綠色金融</mark>產品研發、服務、創新等方面加強合作。加強兩地在<mark>綠色金融</mark>相關標準方面的研究合作和標準互認。",
        simplified.hits().get(0).highlights().get(0));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  @Test
  public void emptyQueryListsInDocumentOrder() throws Exception {
    SearchResult r = index().search(SearchRequest.builder().areas("finance").build());
    assertEquals(inOrder(FINANCE_CLAUSES), r.hits().stream().map(h -> h.paragraph().id()).toList());
    assertNull(r.hits().get(0).score());
    assertTrue(r.hits().get(0).highlights().isEmpty());
  }

  @Test
  public void sortByPositionAndDate() throws Exception {
    SearchResult byPosition = index().search(SearchRequest.builder().query("李家超").sort(SearchRequest.Sort.POSITION).build());
    assertEquals(inOrder(JOHN_LEE),
        byPosition.hits().stream().map(h -> h.paragraph().id()).toList());
    SearchResult byDate = index().search(SearchRequest.builder().query("李家超").sort(SearchRequest.Sort.DATE).build());
    assertEquals(7, byDate.total());
  }

  @Test
  public void pagingAndCursorVisitEveryHitOnce() throws Exception {
    SearchRequest.Builder base = SearchRequest.builder().kinds(Kind.CLAUSE).size(10);
    Set<String> byFrom = new LinkedHashSet<>();
    for (int from = 0; from < 35; from += 10) {
      index().search(base.from(from).build()).hits().forEach(h -> byFrom.add(h.paragraph().id()));
    }
    assertEquals(35, byFrom.size());

    Set<String> byCursor = new LinkedHashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchResult page = index().search(base.from(0).cursor(cursor).build());
      page.hits().forEach(h -> assertTrue(byCursor.add(h.paragraph().id()), "no hit twice"));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);
    assertEquals(4, pages);
    assertEquals(new ArrayList<>(byFrom), new ArrayList<>(byCursor));

    // Ordered by relevance (repeats shown once) a search pages with from; by date, the cursor goes on.
    SearchResult relevance = index().search(SearchRequest.builder().query("合作").size(5).build());
    assertNull(relevance.nextCursor(), "relevance pages with from/size");
    SearchResult byDate = index().search(SearchRequest.builder().query("合作").sort(SearchRequest.Sort.DATE).size(5).build());
    SearchResult next = index().search(SearchRequest.builder().query("合作").sort(SearchRequest.Sort.DATE).size(5)
        .cursor(byDate.nextCursor()).build());
    SearchResult second = index().search(SearchRequest.builder().query("合作").sort(SearchRequest.Sort.DATE).size(5).from(5).build());
    assertEquals(second.hits().stream().map(h -> h.paragraph().id()).toList(),
        next.hits().stream().map(h -> h.paragraph().id()).toList());
    // A cursor belongs to its search: another query, or from beside it, is refused.
    assertThrows(InvalidRequestException.class, () -> index().search(SearchRequest.builder().query("金融")
        .sort(SearchRequest.Sort.DATE).size(5).cursor(byDate.nextCursor()).build()));
    assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().query("合作").from(5)
        .cursor(byDate.nextCursor()).build());

    assertThrows(InvalidRequestException.class,
        () -> index().search(SearchRequest.builder().query("合作").cursor("garbage").build()));
    assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().size(101).build());
    assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().from(9_995).size(10).build());
    assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().from(-1).build());
  }

  /** The paragraph without what indexing adds (agreement areas and organisations), to compare with the parser's. */
  private static Paragraph asParsed(Paragraph p) {
    return p.mapAgreements(a -> a.withAreas(List.of()).withOrganisations(List.of()));
  }

  @Test
  public void storedParagraphsComeBackWhole() throws Exception {
    var seed = SEED.parsed();
    for (Paragraph expected : seed.paragraphs()) {
      assertEquals(expected, asParsed(index().paragraph(expected.id()).orElseThrow()));
    }
    assertEquals(seed.paragraphs(),
        index().release(Corpus.HKCD).orElseThrow().paragraphs().stream().map(SeedSearchContract::asParsed).toList());
    assertEquals(1, index().releases().size());
    assertEquals(64, index().releases().get(0).paragraphs());
    assertTrue(index().paragraph("nope#1").isEmpty());
  }
}
