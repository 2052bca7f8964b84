package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.mail.MessagingException;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In a real browser: a new member's first reply waits for a moderator (marked for its author, absent for others);
 * a member reports a thread through the Report link and form; a moderator finds both in the review queue, rejects
 * the reply with a reason that reaches its author by mail, and resolves the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationBrowserIT {

    private final Portal portal = new Portal();
    private ChromeDriver browser;
    private Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void start() {
        browser = Browser.start();
        mailbox = new Mailbox();
    }

    @AfterEach
    void stop() {
        browser.quit();
        mailbox.close();
    }

    @Test
    void aNewMembersReplyWaitsAReportReachesTheQueueAndTheModeratorRejectsWithAReason() throws MessagingException {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        Response category = portal.post("/api/v1/categories", Json.createObjectBuilder()
                .add("name", "Browser moderation " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Made by ModerationBrowserIT.").add("membersOnly", false).build().toString(), admin);
        long categoryId = category.json().getJsonNumber("id").longValue();
        String title = "Day centre transport " + UUID.randomUUID().toString().substring(0, 8);
        Response thread = portal.post("/api/v1/threads", Json.createObjectBuilder().add("categoryId", categoryId)
                .add("title", title).add("body", "Who plans the routes?").build().toString(),
                portal.token("practitioner@example.org", Portal.DEMO_PASSWORD));
        long threadId = thread.json().getJsonNumber("id").longValue();

        String email = Portal.newEmail("browser-newcomer");
        assertEquals(201, portal.register("Bryn Newcomer", email, Portal.GOOD_PASSWORD, "carer").status());
        String link = Mailbox.link(mailbox.awaitMail(email, 1, Duration.ofSeconds(30)), "/verify?token=");
        assertEquals(200, portal.post("/api/v1/accounts/verification", Portal.object("token", Mailbox.token(link)).toString())
                .status());

        signIn(email, Portal.GOOD_PASSWORD, "/discussions/thread?id=" + threadId);
        browser.findElement(By.id("reply:body")).sendKeys("We could ask the drivers to join the planning day.");
        browser.findElement(By.id("reply:submit")).click();
        Browser.waitForText(browser, "it waits for a moderator before others can see it");
        Browser.waitForText(browser, "Waiting for a moderator");
        assertFalse(portal.get("/discussions/thread?id=" + threadId).body().contains("ask the drivers"),
                "visitors do not see the waiting reply");

        browser.findElement(By.partialLinkText("Report")).click();
        Browser.waitForUrl(browser, "/report?type=thread");
        Browser.waitForText(browser, title);
        browser.findElement(By.cssSelector("input[name='report:reason'][value='other']")).click();
        browser.findElement(By.id("report:submit")).click();
        Browser.waitForText(browser, "Please tell us what is wrong.");
        browser.findElement(By.id("report:text")).sendKeys("The title names a day centre people could identify.");
        browser.findElement(By.id("report:submit")).click();
        Browser.waitForText(browser, "The moderators will look at your report.");
        signOut();

        signIn("moderator@example.org", Portal.DEMO_PASSWORD, "/moderation/");
        Browser.waitForText(browser, "Review queue");
        String queue = Browser.text(browser);
        assertTrue(queue.contains("ask the drivers") && queue.contains("names a day centre"), queue);

        String waitingItem = "//li[contains(@class,'queue-item') and contains(.,'ask the drivers')]";
        browser.findElement(By.xpath(waitingItem + "//textarea")).sendKeys("Thank you. Please post this in the Planning "
                + "category, where the route planners read.");
        browser.findElement(By.xpath(waitingItem + "//input[@type='submit' and @value='Reject']")).click();
        Browser.waitForText(browser, "The post is rejected; the author is told why.");
        assertFalse(Browser.text(browser).contains("ask the drivers"));

        String standingLink = browser.findElements(By.linkText("Bryn Newcomer")).isEmpty() ? null : "";
        assertEquals(null, standingLink, "the rejected post has left the queue");

        String reportItem = "//li[contains(@class,'queue-item') and contains(.,'names a day centre')]";
        browser.findElement(By.xpath(reportItem + "//textarea[@name='note']")).sendKeys("Checked: the centre is public.");
        browser.findElement(By.xpath(reportItem + "//input[@type='submit' and @value='Resolve the report']")).click();
        Browser.waitForText(browser, "The report is resolved.");
        assertFalse(Browser.text(browser).contains("names a day centre"));

        String mail = Mailbox.text(mailbox.awaitMail(email, 2, Duration.ofSeconds(30)));
        assertTrue(mail.contains("where the route planners read"), mail);

        long memberId = portal.get("/api/v1/me", portal.token(email, Portal.GOOD_PASSWORD)).json().getJsonNumber("id").longValue();
        browser.get(portal.url("/moderation/member?id=" + memberId));
        Browser.waitForText(browser, "Member standing: Bryn Newcomer");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("trust:level"))).selectByValue("trusted");
        browser.findElement(By.id("trust:reason")).sendKeys("Known to the day centre team.");
        browser.findElement(By.id("trust:submit")).click();
        Browser.waitForText(browser, "The trust level is saved.");
        assertTrue(Browser.text(browser).contains("Trusted member"), Browser.text(browser));
    }

    private void signIn(String email, String password, String returnTo) {
        browser.get(portal.url("/login?returnTo=" + returnTo));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        Browser.waitForText(browser, "Signed in as");
    }

    private void signOut() {
        browser.findElement(By.id("signout:signOutButton")).click();
        Browser.waitForText(browser, "You have signed out");
    }
}
