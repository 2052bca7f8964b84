package it.coproduce.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's chromium, headless, driven by Debian's chromedriver (installed by src/build/ensure-browser.sh). */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        File driver = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
        String binary = System.getProperty("it.chromium", "/usr/bin/chromium");
        if (!driver.canExecute() || !new File(binary).canExecute()) {
            throw new IllegalStateException("Browser tests need chromium and chromedriver: run src/build/ensure-browser.sh");
        }
        try {
            Path profile = Files.createTempDirectory("coproduce-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                    .usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        deleteQuietly(profile);
                    }
                }
            };
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return browser;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes a browser profile folder (each run of the suite would otherwise leave dozens in the temporary folder). */
    private static void deleteQuietly(Path folder) {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a folder left behind in the temporary folder is harmless
        }
    }

    /** The visible text of the page now shown. */
    public static String text(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until the page shows the text. While a click is still loading the next page, the body found may belong
     * to the page being left, and chromium then answers with a stale element or an inspector error ("node does not
     * belong to the document"): both mean "look again", so every WebDriver error inside the wait is retried.
     */
    public static void waitForText(WebDriver browser, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(d -> text(d).contains(expected));
        } catch (TimeoutException e) {
            throw new AssertionError("Waited for \"" + expected + "\" at " + browser.getCurrentUrl() + ":\n"
                    + text(browser), e);
        }
    }

    /** Waits until the address holds the part. */
    public static void waitForUrl(WebDriver browser, String part) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(part));
        } catch (TimeoutException e) {
            throw new AssertionError("Waited for an address with \"" + part + "\" at " + browser.getCurrentUrl(), e);
        }
    }
}
