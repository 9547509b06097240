package io.pressroom.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and its driver (never a downloaded browser) for the page tests: start,
 * wait for the page's answer, run a script, take a screenshot into {@code target/screenshots}.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts the browser; fails when it is missing, unless {@code -Dpressroom.browser.tests=false}
   * asks to skip the test instead.
   */
  static HeadlessChromium start() throws Exception {
    boolean required = Boolean.parseBoolean(System.getProperty("pressroom.browser.tests", "true"));
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && required) {
      fail("The browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
          + "run apt-get install chromium chromium-driver (.ci/run does), or pass -Dpressroom.browser.tests=false to skip it.");
    }
    Assumptions.assumeTrue(present, "no /usr/bin/chromium and pressroom.browser.tests=false: browser test skipped");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("pressroom-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-US", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  /** Waits until the page has rendered an answer (body data-state ready or error); fails on an error. */
  void awaitReady() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      String state = d.findElement(By.tagName("body")).getAttribute("data-state");
      return "ready".equals(state) || "error".equals(state);
    });
    String state = driver.findElement(By.tagName("body")).getAttribute("data-state");
    assertEquals("ready", state, () -> "page shows an error: " + driver.findElement(By.tagName("main")).getText()
        + driver.findElement(By.id("error")).getText());
  }

  /** Waits until the page has rendered an error. */
  void awaitError() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> "error".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs an asynchronous script (its last argument is the callback) and returns what it calls back with. */
  Object jsAsync(String script, Object... args) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws Exception {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
