package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person who uses only the keyboard joins, replies in a discussion and shares a story: every step is reached with
 * Tab (never a click), shows where the focus is, and is done with typing and Enter. Addresses typed into the
 * browser's address bar (the mailed link) count as keyboard use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardJourneyIT {

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
    void joinReplyAndShareAStoryByKeyboardAlone() {
        String email = Portal.newEmail("keyboard");
        String password = "rain on the slate roof";

        browser.get(portal.url("/"));
        press(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Skip to main content", skip.getText(), "the first Tab reaches the skip link");
        assertTrue(skip.isDisplayed() && focusVisible(skip), "the skip link shows when focused");
        press(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getDomAttribute("id"), "the skip link moves the focus to the content");

        tabTo(By.linkText("Join"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "It takes a minute");
        type(By.id("register:displayName"), "Kim Keyboard");
        type(By.id("register:email"), email);
        type(By.id("register:password"), password);
        tabTo(By.id("register:networkRole"));
        press("Carer");
        tabTo(By.id("register:acceptTerms"));
        press(Keys.SPACE);
        tabTo(By.id("register:submit"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "Please check your email");

        browser.get(Mailbox.link(mailbox.awaitMail(email, 1, Duration.ofSeconds(20)), "/verify?token="));
        Browser.waitForText(browser, "your email address is confirmed");
        tabTo(By.linkText("Sign in"));
        press(Keys.ENTER);
        type(By.id("login:email"), email);
        type(By.id("login:password"), password);
        press(Keys.ENTER);
        Browser.waitForText(browser, "Signed in as");

        tabTo(By.linkText("Discussions"));
        press(Keys.ENTER);
        tabTo(By.linkText("Planning care together"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "Start a thread");
        tabTo(By.xpath("//table[contains(@class,'forum-table')]//tbody/tr[not(.//span[text()='Locked'])]/td[1]/a"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "Your reply");
        type(By.id("reply:body"), "Thank you. I typed this reply without a mouse.");
        tabTo(By.id("reply:submit"));
        press(Keys.ENTER);
        // A new member's first post waits for a moderator; its author sees it at once, marked as waiting.
        Browser.waitForText(browser, "it waits for a moderator before others can see it");
        assertTrue(Browser.text(browser).contains("I typed this reply without a mouse."));

        tabTo(By.linkText("Stories"));
        press(Keys.ENTER);
        tabTo(By.linkText("Share your story"));
        press(Keys.ENTER);
        type(By.id("share:title"), "Finding my voice at the review");
        type(By.id("share:body"), "The team asked what mattered to me first, and then we planned around it.");
        tabTo(By.id("share:check"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "We found nothing that looks like");
        tabTo(By.id("share:submit"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "Thank you for sharing your story");
    }

    @Test
    void aPractitionerSharesAStoryForSomeoneByKeyboardAlone() {
        browser.get(portal.url("/login"));
        type(By.id("login:email"), "practitioner@example.org");
        type(By.id("login:password"), Portal.DEMO_PASSWORD);
        press(Keys.ENTER);
        Browser.waitForText(browser, "Signed in as");

        tabTo(By.linkText("Post for someone"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "Consent records");
        tabTo(By.id("share-for-someone"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "The person you are posting for");
        type(By.id("assisted:personName"), "Glenys Evans");
        tabTo(By.id("assisted:shownAs:0"));
        press(Keys.SPACE);
        tabTo(By.id("assisted:consentMethod"));
        press("On a paper form");
        type(By.id("assisted:consentGivenOn"),
                java.time.LocalDate.now().minusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        type(By.id("assisted:agreedTo"), "Signed our paper form: share the story under a pseudonym.");
        String title = "The bus that never came " + System.nanoTime();
        type(By.id("assisted:title"), title);
        type(By.id("assisted:body"), "I waited an hour. Now the transport team rings me the day before.");
        tabTo(By.id("assisted:submit"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "Please confirm that the person agreed to this post being shared.");
        assertEquals(1, browser.findElements(By.cssSelector(".error-summary a[href='#assisted:consentConfirmed']")).size(),
                "the error summary links to the box to tick");
        assertEquals(title, browser.findElement(By.id("assisted:title")).getDomProperty("value"), "what was typed is kept");

        tabTo(By.id("assisted:consentConfirmed"));
        press(Keys.SPACE);
        tabTo(By.id("assisted:submit"));
        press(Keys.ENTER);
        Browser.waitForText(browser, "The story is shared on their behalf.");
        String page = Browser.text(browser);
        assertTrue(page.contains("Shared by Priya Practitioner on behalf of "), page);
        assertFalse(page.contains("on behalf of Glenys Evans"), "a pseudonym is shown, not her name");
        assertTrue(page.contains("Consent record") && page.contains("On a paper form"), "the practitioner sees the record");
    }

    /** Moves the focus with Tab only until it reaches the element; fails if it never does. */
    private void tabTo(By target) {
        WebElement wanted = browser.findElement(target);
        for (int i = 0; i < 150; i++) {
            press(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(wanted)) {
                assertTrue(focusVisible(focused), "the focus is visible on " + target);
                return;
            }
        }
        fail("Tab never reached " + target + " at " + browser.getCurrentUrl());
    }

    private void type(By field, String text) {
        tabTo(field);
        press(text);
    }

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Whether the focused element shows an outline or a ring (the themes draw one on :focus-visible). */
    private boolean focusVisible(WebElement element) {
        String outline = element.getCssValue("outline-style");
        String width = element.getCssValue("outline-width");
        String shadow = element.getCssValue("box-shadow");
        return (!"none".equals(outline) && !"0px".equals(width)) || (shadow != null && !"none".equals(shadow));
    }
}
