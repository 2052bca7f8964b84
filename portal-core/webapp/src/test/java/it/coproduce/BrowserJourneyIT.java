package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.Portal;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;

/** A person joins in a real browser: registers, confirms through the mailed link, signs in and signs out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

    private final Portal portal = new Portal();
    private ChromeDriver browser;
    private Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
        mailbox.close();
    }

    @Test
    void registerVerifySignInAndSignOut() {
        String email = Portal.newEmail("browser");
        String password = "blackberries in september";

        browser.get(portal.url("/"));
        browser.findElement(By.linkText("Join")).click();
        Browser.waitForUrl(browser, "/register");
        assertEquals("Join Coproduce – Coproduce", browser.getTitle());
        browser.findElement(By.id("register:displayName")).sendKeys("Bryn Browser");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys("short");
        new Select(browser.findElement(By.id("register:networkRole"))).selectByVisibleText("Carer");
        browser.findElement(By.id("register:submit")).click();
        waitFor(browser, "Your password needs at least 10 characters");
        assertTrue(text().contains("Please read the terms of service and tick the box to accept them."),
                "the terms have to be accepted");
        assertEquals("Bryn Browser", browser.findElement(By.id("register:displayName")).getDomAttribute("value"),
                "what was typed is kept");

        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:acceptTerms")).click();
        browser.findElement(By.id("register:submit")).click();
        waitFor(browser, "Please check your email");

        String link = Mailbox.link(mailbox.awaitMail(email, 1, Duration.ofSeconds(20)), "/verify?token=");
        browser.get(link);
        assertTrue(text().contains("your email address is confirmed"), text());

        browser.get(portal.url("/login"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, "Signed in as");
        assertTrue(text().contains("Bryn Browser"));

        browser.get(portal.url("/profile"));
        assertTrue(text().contains(email + " (confirmed)"), text());

        browser.findElement(By.id("signout:signOutButton")).click();
        waitFor(browser, "You have signed out");
        browser.get(portal.url("/profile"));
        assertTrue(browser.getCurrentUrl().contains("/login"), "signed out: the profile asks to sign in again");
        assertFalse(text().contains("Signed in as"));
    }

    @Test
    void wrongPasswordShowsOneMessageForEveryone() {
        browser.get(portal.url("/login"));
        browser.findElement(By.id("login:email")).sendKeys("student@example.org");
        browser.findElement(By.id("login:password")).sendKeys("not my password");
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, "The email address or password is not right");
        assertEquals("", browser.findElement(By.id("login:password")).getDomAttribute("value") == null ? ""
                : browser.findElement(By.id("login:password")).getDomAttribute("value"), "the password is not sent back");
    }

    @Test
    void administratorsSwitchPluginsInTheBrowser() {
        browser.get(portal.url("/login?returnTo=/admin/plugins"));
        browser.findElement(By.id("login:email")).sendKeys("admin@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, "Turning a plugin off");
        try {
            browser.findElement(By.cssSelector("input[value='Turn off Welcome']")).click();
            waitFor(browser, "Welcome is now off.");
            browser.get(portal.url("/"));
            assertFalse(browser.getPageSource().contains("/plugins/welcome/"));
            browser.get(portal.url("/admin/plugins"));
            browser.findElement(By.cssSelector("input[value='Turn on Welcome']")).click();
            waitFor(browser, "Welcome is now on.");
            browser.get(portal.url("/"));
            assertTrue(browser.getPageSource().contains("/plugins/welcome/"));
        } finally {
            portal.put("/api/v1/plugins/welcome", "{\"enabled\": true}", portal.token("admin@example.org", Portal.DEMO_PASSWORD));
        }
    }

    private String text() {
        return Browser.text(browser);
    }

    private static void waitFor(WebDriver browser, String text) {
        Browser.waitForText(browser, text);
    }
}
