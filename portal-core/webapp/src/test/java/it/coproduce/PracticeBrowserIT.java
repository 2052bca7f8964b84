package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** In a real browser: a practitioner adds a practice example and finds it in the filtered listing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeBrowserIT {

    private long welcomeThread() {
        long category = portal.get("/api/v1/categories").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("Getting started with co-production")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return portal.get("/api/v1/threads?category=" + category + "&size=100").json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(t -> t.getString("title").equals("Welcome: how these discussions work")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private final Portal portal = new Portal();
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void aPractitionerAddsAnExampleAndFindsItByTheFilters() {
        String reference = "NL-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String title = "Buurtteam planning with residents " + reference;
        String tag = "neighbourhood " + reference.substring(3);

        browser.get(portal.url("/login?returnTo=/practice/new"));
        browser.findElement(By.id("login:email")).sendKeys("practitioner@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor("Add a practice example");

        browser.findElement(By.id("example:title")).sendKeys(title);
        browser.findElement(By.id("example:summary")).sendKeys("Residents and the neighbourhood team plan the year together.");
        browser.findElement(By.id("example:body")).sendKeys("Every spring residents and staff meet.\n\n- they agree priorities\n- they review them");
        new Select(browser.findElement(By.id("example:country"))).selectByValue("NL");
        browser.findElement(By.id("example:organisation")).sendKeys("Buurtteam Oost (example)");
        browser.findElement(By.id("example:contact")).sendKeys("not a contact");
        browser.findElement(By.id("example:referenceNumber")).sendKeys(reference);
        browser.findElement(By.cssSelector("input[name='example:partnershipLevel'][value='COLLABORATION']")).click();
        browser.findElement(By.id("example:tags")).sendKeys(tag + ", planning");
        browser.findElement(By.id("example:outcomes")).sendKeys("A plan residents recognise\nMore residents at meetings");
        browser.findElement(By.id("example:evidenceLinks")).sendKeys("https://example.org/buurtteam");
        String guide = "Running meetings that everyone can take part in";
        new Select(browser.findElement(By.id("example:relatedGuidanceIds"))).selectByVisibleText(guide);
        browser.findElement(By.id("example:relatedThreadIds")).sendKeys("/discussions/category?id=3");
        browser.findElement(By.id("example:submit")).click();

        waitFor("Please give an email address or a web address");
        assertTrue(text().contains("\"/discussions/category?id=3\" is not a thread number or a link to a thread"), text());
        assertEquals(title, browser.findElement(By.id("example:title")).getDomProperty("value"), "what was typed is kept");
        assertEquals(guide, new Select(browser.findElement(By.id("example:relatedGuidanceIds"))).getFirstSelectedOption()
                .getText(), "the chosen guidance is kept");
        assertEquals("/discussions/category?id=3", browser.findElement(By.id("example:relatedThreadIds")).getDomProperty("value"));
        browser.findElement(By.id("example:contact")).clear();
        browser.findElement(By.id("example:contact")).sendKeys("buurtteam@example.org");
        long welcome = welcomeThread();
        browser.findElement(By.id("example:relatedThreadIds")).clear();
        browser.findElement(By.id("example:relatedThreadIds")).sendKeys(portal.url("/discussions/thread?id=" + welcome));
        browser.findElement(By.id("example:submit")).click();

        waitFor("is in the register");
        assertTrue(text().contains("Related guidance\n" + guide), text());
        assertTrue(browser.findElement(By.linkText("Welcome: how these discussions work")).getDomAttribute("href")
                .endsWith("/discussions/thread?id=" + welcome));
        assertTrue(text().contains(title), text());
        assertTrue(text().contains("Netherlands"), text());
        assertTrue(text().contains("Collaboration:"), text());
        assertTrue(text().contains("More residents at meetings"), text());

        browser.get(portal.url("/practice"));
        new Select(browser.findElement(By.id("filter-country"))).selectByValue("NL");
        new Select(browser.findElement(By.id("filter-level"))).selectByValue("COLLABORATION");
        new Select(browser.findElement(By.id("filter-tag"))).selectByValue(tag);
        browser.findElement(By.id("filter-submit")).click();
        waitFor("1 example match");
        assertTrue(browser.getCurrentUrl().contains("country=NL"), browser.getCurrentUrl());
        assertTrue(text().contains(title), text());
        assertEquals("NL", new Select(browser.findElement(By.id("filter-country"))).getFirstSelectedOption().getDomAttribute("value"),
                "the filters stay chosen");

        new Select(browser.findElement(By.id("filter-level"))).selectByValue("COORDINATION");
        browser.findElement(By.id("filter-submit")).click();
        waitFor("0 examples match");
        assertFalse(text().contains(title));

        browser.get(portal.url("/practice"));
        assertTrue(text().contains("What the partnership levels mean"));
        assertTrue(text().contains("equal partners"), "levels explained in plain words");
    }

    @Test
    void anUnknownExampleIsNotFound() {
        assertEquals(404, portal.get("/practice/example?id=99999999").status());
        assertEquals(404, portal.get("/practice/example?id=abc").status());
        assertEquals(200, portal.get("/practice?country=XX").status(), "a bad filter shows a message, not an error page");
        assertTrue(portal.get("/practice?country=XX").body().contains("two-letter code"));
    }

    private String text() {
        return Browser.text(browser);
    }

    private void waitFor(String expected) {
        Browser.waitForText(browser, expected);
    }
}
