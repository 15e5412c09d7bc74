package org.coopgraph.api.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (no driver download: the system chromedriver is
 * named), plus the helpers the embed browser test needs: waiting for the page, screenshots under
 * target/embed-browser/, axe-core runs and the browser console.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/embed-browser");

    final WebDriver driver;

    BrowserSession(int width, int height) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens the page and waits until the network is drawn; answers window.coopEmbed. */
    @SuppressWarnings("unchecked")
    Map<String, Object> open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                js("return !!(window.coopEmbed && (window.coopEmbed.ready || window.coopEmbed.error));")));
        return (Map<String, Object>) js("return window.coopEmbed;");
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's violations (id, impact, help, targets) as a JSON text, axe from its WebJar. */
    String axeViolations() {
        js(axeSource());
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(JSON.stringify(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                      targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })};
                  })));
                }).catch(function (e) { done('axe failed: ' + e); });
                """);
    }

    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    private static String axeSource() {
        try (InputStream pom = BrowserSession.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            var props = new Properties();
            props.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + props.getProperty("version") + "/axe.min.js";
            try (InputStream in = BrowserSession.class.getResourceAsStream(path)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
