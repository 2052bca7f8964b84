package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** A moderator imports a Word document through the page, checks the preview, completes it and publishes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceBrowserIT {

    private final Portal portal = new Portal();
    private ChromeDriver browser;
    private Path file;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start();
        file = Files.createTempFile("befriending", ".docx");
    }

    @AfterEach
    void stop() throws Exception {
        browser.quit();
        Files.deleteIfExists(file);
    }

    @Test
    void aModeratorImportsPreviewsAndPublishesADocument() throws Exception {
        String title = "Befriending Schemes " + System.nanoTime();
        Files.write(file, TestDocuments.docx(title,
                "Matching People", "Match on shared interests, not only on where people live.",
                "Staying Safe", "Agree how and where to meet, and who to call if something is wrong."));

        browser.get(portal.url("/login?returnTo=/guidance/import"));
        browser.findElement(By.id("login:email")).sendKeys("moderator@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, "Import a file");

        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import:submit")).click();
        waitFor(browser, "Preview of the draft");
        shot("draft");
        assertTrue(text().contains("We read 2 sections from the Word document"), text());
        assertEquals(title, browser.findElement(By.className("preview-title")).getText());
        assertEquals("Matching People", browser.findElement(By.id("draft:sections:0:heading")).getDomProperty("value"));
        assertEquals("Staying Safe", browser.findElement(By.id("draft:sections:1:heading")).getDomProperty("value"));

        browser.findElement(By.id("draft:publish")).click();
        waitFor(browser, "Please write a short summary");
        assertTrue(browser.getCurrentUrl().contains("/guidance/draft"), "the draft is still open to fix");

        browser.findElement(By.id("draft:summary")).sendKeys("How to run a befriending scheme that people enjoy and trust.");
        browser.findElement(By.id("draft:keyMessages")).sendKeys("Match on interests.\nAgree how to stay safe.");
        browser.findElement(By.id("draft:tags")).sendKeys("befriending, loneliness");
        browser.findElement(By.id("draft:sections:1:heading")).clear();
        browser.findElement(By.id("draft:sections:1:heading")).sendKeys("Keeping Everyone Safe");
        browser.findElement(By.id("draft:save")).click();
        waitFor(browser, "Your changes to the draft have been saved.");
        assertTrue(text().contains("Keeping Everyone Safe"), "the preview shows the change");

        browser.findElement(By.id("draft:publish")).click();
        waitFor(browser, "The guidance is published.");
        assertTrue(text().contains("You are reading version 1, the latest version"), text());
        assertTrue(text().contains("Match on interests."));
        assertTrue(text().contains("Keeping Everyone Safe"));
        shot("document");
        browser.get(portal.url("/guidance/import"));
        shot("import");
        browser.get(portal.url("/guidance"));
        shot("list");
        assertTrue(text().contains(title), text());
        browser.findElement(By.linkText("loneliness")).click();
        waitFor(browser, "Showing guidance tagged loneliness");
        assertTrue(text().contains(title));
    }

    private void shot(String name) {
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2400));
            Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("guidance-" + name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String text() {
        return Browser.text(browser);
    }

    private static void waitFor(WebDriver browser, String text) {
        Browser.waitForText(browser, text);
    }
}
