package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** In a real browser: a practitioner starts a thread, a visitor is asked to join, a student replies with a quote. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionBrowserIT {

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
    void aPractitionerStartsAThreadAndAStudentRepliesWithAQuote() {
        String title = "Browser journey " + UUID.randomUUID().toString().substring(0, 8);
        signIn("practitioner@example.org");

        browser.get(portal.url("/"));
        browser.findElement(By.linkText("Discussions")).click();
        waitFor("Discussions");
        browser.findElement(By.linkText("Planning care together")).click();
        waitFor("Start a thread");
        browser.findElement(By.linkText("Start a thread")).click();
        browser.findElement(By.id("thread:body")).sendKeys("What helps a review *feel* like a conversation?");
        browser.findElement(By.id("thread:tags")).sendKeys("care-reviews, listening");
        browser.findElement(By.id("thread:submit")).click();
        waitFor("Please enter a title.");
        assertEquals("What helps a review *feel* like a conversation?",
                browser.findElement(By.id("thread:body")).getDomProperty("value"), "what was typed is kept");

        browser.findElement(By.id("thread:title")).sendKeys(title);
        browser.findElement(By.id("thread:submit")).click();
        waitFor("Started by Priya Practitioner");
        assertEquals(title + " – Coproduce", browser.getTitle());
        assertTrue(text().contains("feel"), "the Markdown body is shown");
        assertEquals("feel", browser.findElement(By.cssSelector("#thread-body em")).getText(), "Markdown is rendered");
        assertEquals(java.util.List.of("care-reviews", "listening"), browser.findElements(By.cssSelector(".tag-list li"))
                .stream().map(WebElement::getText).toList());
        String threadUrl = browser.getCurrentUrl();

        browser.findElement(By.id("reply:body")).sendKeys("I start by asking what has gone well this year.");
        browser.findElement(By.id("reply:submit")).click();
        waitForUrl("#reply-");
        assertTrue(text().contains("I start by asking what has gone well this year."), text());
        signOut();

        browser.get(threadUrl);
        assertTrue(text().contains("Join to reply"), text());
        assertTrue(browser.findElements(By.id("reply:body")).isEmpty(), "visitors get no reply form");

        signIn("student@example.org");
        browser.get(threadUrl);
        browser.findElement(By.linkText("Quote this reply")).click();
        waitFor("You are quoting Priya Practitioner");
        browser.findElement(By.id("reply:submit")).click();
        waitFor("Please write your message.");
        assertTrue(text().contains("You are quoting Priya Practitioner"), "the quote is kept after an error");
        browser.findElement(By.id("reply:body")).sendKeys("Thank you, I will try that on placement.");
        browser.findElement(By.id("reply:submit")).click();
        waitForUrl("#reply-");

        String permalink = browser.getCurrentUrl();
        String replyId = permalink.substring(permalink.indexOf("#reply-") + 1);
        WebElement reply = browser.findElement(By.id(replyId));
        assertTrue(reply.getText().contains("Stevie Student"), reply.getText());
        assertTrue(reply.getText().contains("Thank you, I will try that on placement."));
        WebElement quote = reply.findElement(By.cssSelector("blockquote.quote"));
        assertTrue(quote.getText().contains("Priya Practitioner wrote:"), quote.getText());
        assertTrue(quote.getText().contains("I start by asking what has gone well this year."), quote.getText());
        assertTrue(text().contains("2 replies"), text());

        browser.get(portal.url("/discussions/thread?id=not-a-number"));
        assertFalse(text().contains("Your reply"), "an unknown thread is not found");
    }

    @Test
    void moderatorsLockWithANoticeAuthorsEditAndSeeTheDiffAndAdministratorsAddCategories() {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        String practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        String name = "Browser category " + UUID.randomUUID().toString().substring(0, 8);

        signIn("admin@example.org");
        browser.get(portal.url("/admin/categories"));
        browser.findElement(By.id("category:name")).sendKeys(name);
        browser.findElement(By.id("category:submit")).click();
        waitFor("Please describe what the category is for.");
        assertEquals(name, browser.findElement(By.id("category:name")).getDomProperty("value"), "what was typed is kept");
        browser.findElement(By.id("category:description")).sendKeys("Only for members, made in the browser.");
        browser.findElement(By.id("category:membersOnly")).click();
        browser.findElement(By.id("category:submit")).click();
        waitFor("Change " + name);
        browser.findElement(By.linkText("Change " + name)).click();
        assertEquals("Only for members, made in the browser.",
                browser.findElement(By.id("category:description")).getDomProperty("value"), "the form shows the category");
        browser.findElement(By.id("category:description")).sendKeys(" Changed.");
        browser.findElement(By.id("category:submit")).click();
        waitFor("The category " + name + " is saved.");
        signOut();

        jakarta.json.JsonObject added = portal.get("/api/v1/categories", admin).jsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(c -> c.getString("name").equals(name))
                .findFirst().orElseThrow();
        assertEquals("Only for members, made in the browser. Changed.", added.getString("description"));
        assertTrue(added.getBoolean("membersOnly"));
        long category = added.getJsonNumber("id").longValue();
        browser.get(portal.url("/discussions/"));
        assertFalse(text().contains(name), "visitors do not see members-only categories");
        browser.get(portal.url("/discussions/category?id=" + category));
        assertFalse(text().contains("Only for members, made in the browser"), "and cannot open them");

        long thread = portal.post("/api/v1/threads", jakarta.json.Json.createObjectBuilder().add("categoryId", category)
                .add("title", "Lock me").add("body", "first line\nsecond line").build().toString(), practitioner)
                .json().getJsonNumber("id").longValue();

        signIn("moderator@example.org");
        browser.get(portal.url("/discussions/thread?id=" + thread));
        browser.findElement(By.id("moderate:pin")).click();
        waitFor("The thread is pinned to the top of its category.");
        browser.findElement(By.id("moderate:notice")).sendKeys("Closed while we gather views elsewhere.");
        browser.findElement(By.id("moderate:lock")).click();
        waitFor("This thread is locked: it takes no new replies.");
        assertTrue(text().contains("From the moderators: Closed while we gather views elsewhere."), text());
        assertTrue(browser.findElements(By.id("reply:body")).isEmpty(), "no reply form on a locked thread");
        browser.get(portal.url("/discussions/category?id=" + category));
        assertTrue(text().contains("Pinned") && text().contains("Locked"), text());
        browser.get(portal.url("/discussions/thread?id=" + thread));
        browser.findElement(By.id("moderate:unlock")).click();
        waitFor("The thread is open for replies again.");
        signOut();

        signIn("practitioner@example.org");
        browser.get(portal.url("/discussions/category?id=" + category));
        browser.findElement(By.id("follow:submit")).click();
        waitFor("You follow this category.");
        assertTrue(portal.get("/api/v1/categories/" + category, practitioner).json().getBoolean("following"));
        browser.get(portal.url("/discussions/thread?id=" + thread));
        browser.findElement(By.id("follow:submit")).click();
        waitFor("You follow this thread.");
        browser.findElement(By.linkText("Edit your thread")).click();
        WebElement body = browser.findElement(By.id("edit:body"));
        body.clear();
        body.sendKeys("first line\nsecond line, changed");
        browser.findElement(By.id("edit:submit")).click();
        waitFor("second line, changed");
        browser.findElement(By.linkText("Edit history")).click();
        waitFor("Edit history");
        String history = text();
        assertTrue(history.contains("unchanged: first line"), history);
        assertTrue(history.contains("removed: second line"), history);
        assertTrue(history.contains("added: second line, changed"), history);
        assertTrue(history.contains("edited by Priya Practitioner"), history);
    }

    private void signIn(String email) {
        browser.get(portal.url("/login"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor("Signed in as");
    }

    private void signOut() {
        browser.findElement(By.id("signout:signOutButton")).click();
        waitFor("You have signed out");
    }

    private void waitForUrl(String part) {
        Browser.waitForUrl(browser, part);
    }

    private String text() {
        return Browser.text(browser);
    }

    private void waitFor(String text) {
        Browser.waitForText(browser, text);
    }
}
