package io.pressroom.http;

import static io.pressroom.testing.Corpus.HKCD;
import static io.pressroom.testing.Corpus.ISD;
import static io.pressroom.testing.LiveServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressroom.core.Archive;
import io.pressroom.ingest.ReleaseParser;
import io.pressroom.json.HitExport;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.model.Paragraph;
import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A journalist's workflow on the page, in headless Chromium: the timeline, the exports and the
 * feed, a hit's release read whole beside its English version, the previous session compared, and
 * the page's words in each interface language (with screenshots of each view in the three).
 */
class WorkflowBrowserTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/corpus");
  /** The fifth Shanghai session, and a Guangdong release with its re-post (a repeated text). */
  private static final List<String> MORE = List.of("2021-08-30-isd-shanghai-5th-zh.txt",
      "2021-05-14-gdgov-guangdong-22nd.txt", "2021-05-15-gocea-guangdong-22nd-repost.txt");
  private static final String FIFTH = "2021-08-30-isd-shanghai-5th-zh";
  private static final Paragraph GREEN_FINANCE = Corpus.seed().paragraph("綠色金融產品研發");

  private static Archive archive;
  private static LiveServer http;
  private static Archive emptyArchive;
  private static LiveServer empty;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    browser = HeadlessChromium.start();
    driver = browser.driver;
    archive = Corpus.corpusArchive();
    for (String file : MORE) {
      archive.put(ReleaseParser.standard().parseFile(FIXTURES.resolve(file)));
    }
    http = LiveServer.over(archive, c -> c);
    emptyArchive = Archive.open(LuceneStore.inMemory());
    empty = LiveServer.over(emptyArchive, c -> c);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    for (AutoCloseable c : new AutoCloseable[] {http, archive, empty, emptyArchive}) {
      if (c != null) {
        c.close();
      }
    }
  }

  private static void open(String pathAndQuery) {
    driver.get(http.uri(pathAndQuery).toString());
    browser.awaitReady();
  }

  private static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private static WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  private static long total(String query) throws Exception {
    return http.getJson("/api/search?size=0&" + query).path("total").asLong();
  }

  @Test
  void theTimelineShowsTheHitsByMonthAndABarFiltersByItsMonth() throws Exception {
    browser.size(1366, 900);
    open("/?ui=zh-Hant&q=" + enc("合作"));
    WebElement timeline = one("#timeline");
    assertTrue(timeline.isDisplayed());
    assertEquals("month", timeline.getAttribute("data-dim"), "May 2021 to April 2024: shown by month");
    List<WebElement> bars = all("#timeline-bars .bar");
    assertEquals(36, bars.size(), "every month of the span, the empty ones too");
    assertEquals("2021-05", bars.get(0).getAttribute("data-value"));
    assertEquals("2024-04", bars.get(35).getAttribute("data-value"));
    WebElement august = one(".bar[data-value='2021-08']");
    assertTrue(august.getAttribute("aria-label").startsWith("2021年8月"), august.getAttribute("aria-label"));
    assertEquals("true", one(".bar[data-value='2022-01']").getAttribute("disabled"), "a month without hits");

    august.click();
    browser.awaitReady();
    assertTrue(driver.getCurrentUrl().contains("month=2021-08"), driver.getCurrentUrl());
    long inAugust = total("q=" + enc("合作") + "&month=2021-08");
    assertTrue(inAugust > 0 && inAugust < total("q=" + enc("合作")));
    assertTrue(one("#summary").getText().contains(String.valueOf(inAugust)), one("#summary").getText());
    assertEquals("2021年8月", one("#selected .chip[data-dim='month'] .chip-value").getText());
    assertEquals("true", one(".bar[data-value='2021-08']").getAttribute("aria-pressed"));
    assertEquals(36, all("#timeline-bars .bar").size(), "the other months stay selectable");
    for (WebElement time : all("#hits time")) {
      assertTrue(time.getAttribute("datetime").startsWith("2021-08"), time.getAttribute("datetime"));
    }
    one(".bar[data-value='2021-08']").click();
    browser.awaitReady();
    assertFalse(driver.getCurrentUrl().contains("month="), "a second click takes the month off");
  }

  @Test
  void theExportLinksAndTheFeedCarryTheSearch() throws Exception {
    browser.size(1366, 900);
    open("/?ui=en&area=finance&q=" + enc("金融") + "&sort=date");
    String csv = one("#export-csv").getAttribute("href");
    assertEquals(http.uri("/api/search.csv?q=" + enc("金融") + "&area=finance&sort=date").toString(), csv);
    assertTrue(one("#export-ndjson").getAttribute("href").endsWith("/api/search.ndjson?q=" + enc("金融") + "&area=finance&sort=date"));
    assertTrue(one("#feed").getAttribute("href").endsWith("/api/search.atom?q=" + enc("金融") + "&area=finance"));
    assertEquals(one("#feed").getAttribute("href"),
        one("link[rel='alternate'][type='application/atom+xml']").getAttribute("href"), "feed readers find it");
    assertEquals("Atom feed", one("#feed").getText());

    String body = (String) browser.jsAsync("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", csv);
    String[] lines = body.split("\r?\n");
    assertEquals(String.join(",", HitExport.COLUMNS), lines[0].replace("\uFEFF", ""), "(fetch's text() drops the byte-order mark)");
    assertEquals(total("q=" + enc("金融") + "&area=finance"), lines.length - 1, "every hit, not a page");
    String ndjson = (String) browser.jsAsync("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
        one("#export-ndjson").getAttribute("href"));
    JsonNode first = LiveServer.json(ndjson.split("\n")[0]);
    assertEquals("finance", first.path("area").path("id").asText());
  }

  @Test
  void aHitOpensItsReleaseBesideItsEnglishVersionAndComparesWithThePreviousSession() throws Exception {
    browser.size(1366, 900);
    open("/?ui=en&q=" + enc("綠色金融產品研發"));
    WebElement hit = all("#hits > li.hit").stream().filter(h -> h.getAttribute("data-id").equals(GREEN_FINANCE.id()))
        .findFirst().orElseThrow();
    hit.findElement(By.cssSelector("a.release-title")).click();
    browser.awaitReady();
    // (The browser's language is English, so ui=en is the default and left out of links.)
    assertEquals(http.uri("/releases/" + HKCD + "?p=" + GREEN_FINANCE.position()).toString(), driver.getCurrentUrl());

    WebElement own = one(".release-own");
    assertEquals("zh-Hant", own.getAttribute("lang"));
    assertEquals(Corpus.seed().parsed().release().title(), own.findElement(By.cssSelector("h1")).getText());
    assertEquals(Corpus.seed().paragraphs().size(), own.findElements(By.cssSelector(".para")).size(), "the whole release, in order");
    WebElement target = one(".release-own .para.target");
    assertEquals(GREEN_FINANCE.id(), target.getAttribute("data-id"));
    assertEquals(Boolean.TRUE, browser.js("const r = arguments[0].getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight;", target), "scrolled to the hit's paragraph");
    WebElement finance = one(".release-own .area-group[data-area='finance'] .area-heading .badge.area");
    assertEquals("Finance", finance.getText(), "area names in the interface language");
    assertEquals(20, all(".release-own .agreement-list > li").size());
    assertTrue(one(".release-own .agreement-list > li .parties").getText().startsWith("Parties: "));

    WebElement other = one(".release-other");
    assertEquals("en", other.getAttribute("lang"));
    assertEquals(ISD, other.getAttribute("data-release"));
    String counterpart = archive.paragraph(GREEN_FINANCE.id()).orElseThrow().counterpart().id();
    assertEquals(counterpart, one(".release-other .para.target-other").getAttribute("data-id"));
    assertEquals(Boolean.TRUE, browser.js("const r = arguments[0].getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight;", one(".release-other .para.target-other")),
        "the English version stands at the same clause");
    browser.screenshot("release-en.png");
    one(".ui-lang button[data-ui='zh-Hant']").click();
    assertEquals("金融", one(".release-other .area-group[data-area='finance'] .area-heading .badge.area").getText(),
        "the switch renames in place");
    assertTrue(all(".release-own .area-group[data-area='finance'] .area-heading .badge.area").isEmpty(),
        "no badge repeating the heading it stands by");
    assertTrue(driver.getCurrentUrl().contains("ui=zh-Hant") && driver.getCurrentUrl().contains("p=" + GREEN_FINANCE.position()));
    one(".ui-lang button[data-ui='en']").click();

    // The conference's session facet knows the fifth session: compare with it.
    WebElement compare = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector(".release-own a.compare-link")).stream().findFirst().orElse(null));
    assertTrue(compare.getText().startsWith("Compare with the previous session"), compare.getText());
    assertEquals(http.uri("/compare?a=" + FIFTH + "&b=" + HKCD).toString(), compare.getAttribute("href"));
    compare.click();
    browser.awaitReady();

    assertEquals("Two sessions compared", one(".compare-heading").getText());
    assertEquals(FIFTH, new java.net.URI(one(".compare-release:first-child .compare-title").getAttribute("href")).getPath()
        .substring("/releases/".length()));
    JsonNode api = http.getJson("/api/compare?a=" + FIFTH + "&b=" + HKCD);
    assertEquals(api.path("areas").size(), all(".compare-area[data-area]").size());
    WebElement digital = one(".compare-area[data-area='digital-economy']");
    assertEquals("Digital Economy", digital.findElement(By.cssSelector(".compare-area-heading span")).getText());
    assertEquals(2, digital.findElements(By.cssSelector(".cell-b[data-status='new']")).size());
    assertTrue(digital.findElements(By.cssSelector(".cell-a[data-status]")).isEmpty(), "nothing on the fifth's side");
    long dropped = api.path("counts").path("dropped").asLong();
    assertEquals(dropped, all(".compare-area[data-area] .cell-a[data-status='dropped']").size());
    WebElement reworded = one(".compare-agreements .cell-b[data-status='reworded']");
    assertFalse(reworded.findElements(By.tagName("ins")).isEmpty(), "the changed words are marked");
    assertFalse(one(".compare-agreements .cell-a[data-status='reworded']").findElements(By.tagName("del")).isEmpty());
    browser.screenshot("compare-en.png");
  }

  @Test
  void wordsOfThePageAreInTheInterfaceLanguage() throws Exception {
    browser.size(1366, 900);
    // A notice is said by its code, not in the engine's English.
    open("/?ui=zh-Hant&q=" + enc("\"綠色"));
    WebElement notice = one("#notices li[data-code='unclosed_quote']");
    assertEquals("引號未閉合，已按字面逐詞搜尋。", notice.getText());
    open("/?ui=zh-Hans&q=" + enc("\"綠色"));
    assertEquals("引号未闭合，已按字面逐词搜索。", one("#notices li").getText());

    // Related areas of a signed document are named from the taxonomy, whatever the facets hold.
    open("/?ui=en&kind=agreement&q=" + enc("金融"));
    Map<String, String> english = Map.of("finance", "Finance", "legal-services", "Legal and Dispute Resolution Services");
    List<WebElement> related = all("#hits .badge.related");
    assertFalse(related.isEmpty());
    for (WebElement badge : related) {
      String id = badge.getAttribute("data-area");
      assertFalse(badge.getText().contains(id), "no raw area id: " + badge.getText());
      assertTrue(badge.getText().startsWith("Related area: "), badge.getText());
      if (english.containsKey(id)) {
        assertEquals("Related area: " + english.get(id), badge.getText());
      }
    }

    // A Chinese agreement is named by its English version's title in English, in the facet and in its chip.
    open("/?ui=en&release=" + HKCD);
    String first = HKCD + "#a1";
    WebElement agreement = one(".facet[data-dim='agreement'] button[data-value='" + first + "']");
    assertTrue(agreement.getText().startsWith("Arrangement on Legal Exchanges"), agreement.getText());
    agreement.click();
    browser.awaitReady();
    WebElement chip = one("#selected .chip[data-dim='agreement'] .chip-value");
    assertTrue(chip.getText().startsWith("Arrangement on Legal Exchanges"), chip.getText());
    one(".ui-lang button[data-ui='zh-Hant']").click();
    assertEquals("香港特別行政區律政司與華東政法大學法律交流和合作安排",
        one("#selected .chip[data-dim='agreement'] .chip-value").getText());

    // A text published twice is shown once, with the other release named.
    open("/?ui=zh-Hans&q=" + enc("跨境理财通"));
    WebElement also = one("#hits .also-in summary");
    assertEquals("另见于 1 篇新闻稿", also.getText());
    also.click();
    WebElement link = one("#hits .also-in a");
    assertTrue(link.getAttribute("href").contains("/releases/2021-05-14-gdgov-guangdong-22nd"), link.getAttribute("href"));
  }

  @Test
  void longFacetsShowTheirTopValuesAndMore() throws Exception {
    browser.size(1366, 900);
    open("/?ui=en");
    WebElement organisations = one(".facet[data-dim='organisation']");
    List<WebElement> shown = organisations.findElements(By.cssSelector(".facet-value"));
    assertEquals(6, shown.size());
    WebElement more = organisations.findElement(By.cssSelector(".facet-more"));
    int all = http.getJson("/api/search?size=0").path("facets").path("organisation").size();
    assertEquals("More (" + (all - 6) + ")", more.getText());
    more.click();
    organisations = one(".facet[data-dim='organisation']");
    assertEquals(all, organisations.findElements(By.cssSelector(".facet-value")).size());
    assertEquals("Fewer", organisations.findElement(By.cssSelector(".facet-more")).getText());
    assertEquals("", browser.js("const u = document.querySelector('.facet[data-dim=organisation] ul');"
        + "return u.scrollHeight > u.clientHeight + 1 ? 'cut off' : '';"), "no box cuts the list");
  }

  @Test
  void aFailedSearchSaysSoAloneAndAnEmptyIndexSaysHowToFillIt() throws Exception {
    browser.size(1366, 900);
    driver.get(http.uri("/?ui=zh-Hant&q=" + "a".repeat(1001)).toString());
    browser.awaitError();
    assertEquals("", one("#summary").getText(), "no 搜尋中… beside the error");
    assertTrue(one("#error").getText().startsWith("搜尋失敗："), one("#error").getText());

    driver.get(empty.uri("/?ui=en").toString());
    browser.awaitReady();
    WebElement box = one("#empty");
    assertTrue(box.isDisplayed());
    assertEquals("Nothing is indexed yet.", box.findElement(By.tagName("h2")).getText());
    assertTrue(box.getText().contains("pressroom.jar ingest") && box.getText().contains("/api/releases"), box.getText());
    assertFalse(one(".sort").isDisplayed(), "nothing to sort");
    assertEquals("", one("#summary").getText());
    browser.screenshot("empty-index-en.png");

    driver.get(http.uri("/releases/no-such-release?ui=en").toString());
    browser.awaitError();
    assertTrue(one("#release-view").getText().contains("No release “no-such-release”."), one("#release-view").getText());
    driver.get(http.uri("/compare?a=" + FIFTH + "&b=" + ISD + "&ui=en").toString());
    browser.awaitError();
    assertTrue(one("#compare-view .error").getText().startsWith("Cannot compare: "), one("#compare-view").getText());
  }

  @Test
  void screenshotsOfEachViewInTheThreeLanguages() throws Exception {
    browser.size(1366, 900);
    for (String ui : List.of("zh-Hant", "zh-Hans", "en")) {
      open("/?ui=" + ui + "&q=" + enc("金融"));
      assertTrue(one("#timeline").isDisplayed());
      assertEquals(ui, driver.findElement(By.tagName("html")).getAttribute("lang"));
      browser.screenshot("search-" + ui + ".png");
      open("/releases/" + HKCD + "?ui=" + ui + "&p=" + GREEN_FINANCE.position());
      browser.screenshot("release-" + ui + ".png");
      open("/compare?a=" + FIFTH + "&b=" + HKCD + "&ui=" + ui);
      browser.screenshot("compare-" + ui + ".png");
    }
    browser.size(390, 844);
    open("/releases/" + HKCD + "?ui=zh-Hans&p=" + GREEN_FINANCE.position());
    browser.screenshot("release-narrow-zh-Hans.png");
    open("/compare?a=" + FIFTH + "&b=" + HKCD + "&ui=zh-Hant");
    browser.screenshot("compare-narrow-zh-Hant.png");
    browser.size(1366, 900);
  }
}
