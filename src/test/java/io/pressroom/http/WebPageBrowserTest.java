package io.pressroom.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.testing.Corpus;
import io.pressroom.testing.LiveServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page end to end in headless Chromium (Debian's browser and driver, never a
 * downloaded one): search, narrow by an area facet, switch the label language, Back/Forward, paging,
 * screenshots, and text that looks like HTML shown as text.
 */
class WebPageBrowserTest {
  private static final String TOKEN = "browser-test-token";

  private static LiveServer http;
  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    browser = HeadlessChromium.start();
    driver = browser.driver;
    http = LiveServer.overCorpus(c -> c.withAdminToken(TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (http != null) {
      http.close();
    }
  }

  /** Waits until the page has rendered an answer; fails on an error answer. */
  private static void awaitResults() {
    browser.awaitReady();
  }

  /** Waits until the page shows what a step back or forward in its history should show. */
  private static void awaitHistory(String what, java.util.function.BooleanSupplier shown) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> shown.getAsBoolean());
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(what + ": not shown within 20 s; the page reads: " + driver.findElement(By.tagName("main")).getText(), e);
    }
  }

  /** Runs {@code action}, which starts a search, and waits for its answer. */
  private static void searchBy(Runnable action) {
    action.run();
    awaitResults();
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#hits > li.hit"));
  }

  private static WebElement facet(String dim, String value) {
    return driver.findElement(By.cssSelector(".facet[data-dim='" + dim + "'] button[data-value='" + value + "']"));
  }

  private static WebElement areaChip() {
    return driver.findElement(By.cssSelector("#selected .chip[data-dim='area'][data-value='finance']"));
  }

  private static void screenshot(String name) throws Exception {
    browser.screenshot(name);
  }

  private static Object js(String script) {
    return browser.js(script);
  }

  @Test
  void searchNarrowByAreaSwitchLanguageAndGoBack() throws Exception {
    driver.manage().window().setSize(new Dimension(1366, 900));
    searchBy(() -> driver.get(http.uri("/?ui=zh-Hant").toString()));
    assertEquals("zh-Hant", driver.findElement(By.tagName("html")).getAttribute("lang"));

    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys("金融");
    searchBy(() -> driver.findElement(By.id("search-button")).click());
    long all = http.getJson("/api/search?size=0&q=" + LiveServer.enc("金融")).path("total").asLong();
    assertTrue(driver.getCurrentUrl().contains("q=" + LiveServer.enc("金融")), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id("summary")).getText().contains(String.valueOf(all)));
    assertEquals(Math.min(10, all), hits().size());

    searchBy(() -> facet("area", "finance").click());
    long finance = http.getJson("/api/search?size=0&area=finance&q=" + LiveServer.enc("金融")).path("total").asLong();
    assertTrue(finance > 0 && finance < all, finance + " of " + all);
    assertTrue(driver.getCurrentUrl().contains("area=finance"));
    assertTrue(driver.findElement(By.id("summary")).getText().contains(String.valueOf(finance)));
    assertEquals(Math.min(10, finance), hits().size());
    for (WebElement hit : hits()) {
      assertEquals("金融", hit.findElement(By.cssSelector(".badge.area")).getText());
      assertFalse(hit.findElements(By.cssSelector(".passage mark")).isEmpty(), hit.getText());
    }
    assertEquals("true", facet("area", "finance").getAttribute("aria-pressed"));
    assertTrue(areaChip().getText().contains("金融"), areaChip().getText());
    assertTrue(driver.findElements(By.cssSelector(".facet[data-dim='area'] button")).size() > 1,
        "other areas stay selectable (drill-sideways counts)");
    screenshot("page-wide-zh-Hant.png");

    driver.findElement(By.cssSelector(".ui-lang button[data-ui='en']")).click();
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Search", driver.findElement(By.id("search-button")).getText());
    assertEquals("Finance", hits().get(0).findElement(By.cssSelector(".badge.area")).getText());
    assertTrue(areaChip().getText().contains("Finance"), areaChip().getText());
    assertTrue(facet("area", "finance").getText().contains("Finance"));
    assertTrue(driver.getCurrentUrl().contains("area=finance") && !driver.getCurrentUrl().contains("ui=zh-Hant"));
    screenshot("page-wide-en.png");

    driver.findElement(By.cssSelector(".ui-lang button[data-ui='zh-Hans']")).click();
    assertEquals("搜索", driver.findElement(By.id("search-button")).getText());
    assertEquals("合作范畴", driver.findElement(By.cssSelector(".facet[data-dim='area'] h2")).getText());
    assertEquals("合作条款", hits().get(0).findElement(By.cssSelector(".badge.kind")).getText());
    driver.manage().window().setSize(new Dimension(390, 844));
    screenshot("page-narrow-zh-Hans.png");
    driver.findElement(By.id("filters-toggle")).click();
    screenshot("page-narrow-filters-open.png");
    driver.manage().window().setSize(new Dimension(1366, 900));

    // Going back and forth renders or searches again; the page was "ready" before, so wait for what each step shows.
    driver.navigate().back();
    awaitHistory("Back restores the English labels", () -> "Search".equals(driver.findElement(By.id("search-button")).getText()));
    driver.navigate().back();
    driver.navigate().back();
    awaitHistory("Back removes the area selection", () -> driver.findElements(By.cssSelector("#selected .chip")).isEmpty()
        && driver.findElement(By.id("summary")).getText().contains(String.valueOf(all)));
    awaitResults();
    driver.navigate().forward();
    awaitHistory("Forward selects it again", () -> "true".equals(facet("area", "finance").getAttribute("aria-pressed")));
    awaitResults();
  }

  @Test
  void showsTheOtherLanguageVersionOfAClause() throws Exception {
    driver.manage().window().setSize(new Dimension(1366, 900));
    searchBy(() -> driver.get(http.uri("/?ui=en&kind=clause&q=" + LiveServer.enc("綠色金融")).toString()));
    WebElement hit = hits().stream().filter(h -> h.getAttribute("data-id").startsWith(Corpus.HKCD + "#")).findFirst().orElseThrow();
    WebElement button = hit.findElement(By.cssSelector("button.counterpart"));
    assertEquals("English version", button.getText());
    button.click();
    WebElement other = new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> hit.findElements(By.cssSelector(".counterpart-text")).stream().findFirst().orElse(null));
    assertEquals("en", other.getAttribute("lang"));
    assertTrue(other.getText().contains("green finance"), other.getText());
    assertEquals("Hide", button.getText());
    screenshot("page-counterpart.png");
    button.click();
    assertTrue(hit.findElements(By.cssSelector(".counterpart-text")).isEmpty(), "a second click hides it");
  }

  @Test
  void pagerMovesThroughTheResults() throws Exception {
    driver.manage().window().setSize(new Dimension(1366, 900));
    searchBy(() -> driver.get(http.uri("/?ui=en&q=" + LiveServer.enc("沪港")).toString()));
    long total = http.getJson("/api/search?size=0&q=" + LiveServer.enc("沪港")).path("total").asLong();
    assertTrue(total > 10, "needs a second page: " + total);
    List<String> first = hits().stream().map(h -> h.getAttribute("data-id")).toList();
    assertTrue(driver.findElement(By.cssSelector("#pager .prev")).getAttribute("disabled") != null);
    browser.js("arguments[0].scrollIntoView({block: 'end'})", driver.findElement(By.id("pager")));
    assertTrue(((Number) js("return window.scrollY")).longValue() > 0, "the pager is below the fold");
    searchBy(() -> driver.findElement(By.cssSelector("#pager .next")).click());
    assertEquals(0L, ((Number) js("return window.scrollY")).longValue(), "page 2 starts at its top, not at its pager");
    assertTrue(driver.getCurrentUrl().contains("page=2"), driver.getCurrentUrl());
    assertEquals("11", driver.findElement(By.id("hits")).getAttribute("start"));
    List<String> second = hits().stream().map(h -> h.getAttribute("data-id")).toList();
    assertEquals(Math.min(10, total - 10), second.size());
    second.forEach(id -> assertFalse(first.contains(id), id + " on both pages"));
    assertTrue(driver.findElement(By.cssSelector("#pager .page")).getText().contains("2"));
  }

  @Test
  void textThatLooksLikeHtmlIsShownLiterally() throws Exception {
    String script = "<script>window.__xss=1</script>";
    String img = "<img src=x onerror=\"window.__xss=1\">";
    String release = String.join("\n", "Kwxsstest notice", "", "2024-05-03 09:00:00", "",
        "The kwxsstest paragraph quotes " + script + " as text.", "",
        "Another kwxsstest paragraph shows " + img + " and a stray </mark> tag.");
    assertEquals(201, http.post("/api/releases?name=kwxsstest.txt", "text/plain; charset=utf-8", release, "Bearer " + TOKEN)
        .statusCode());

    driver.manage().window().setSize(new Dimension(1366, 900));
    searchBy(() -> driver.get(http.uri("/?ui=en&q=kwxsstest").toString()));
    String shown = driver.findElement(By.id("hits")).getText();
    assertTrue(shown.contains(script), shown);
    assertTrue(shown.contains(img), shown);
    assertTrue(shown.contains("</mark>"), shown);
    assertEquals(Boolean.TRUE, js("return typeof window.__xss === 'undefined'"));
    assertTrue(driver.findElements(By.cssSelector("#hits script, #hits img")).isEmpty());
    for (WebElement mark : driver.findElements(By.cssSelector("#hits mark"))) {
      assertEquals("kwxsstest", mark.getText().toLowerCase());
    }
    screenshot("page-xss.png");
  }
}
