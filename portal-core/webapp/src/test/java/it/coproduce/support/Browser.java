package it.coproduce.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return browser;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
