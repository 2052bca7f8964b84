package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser, the main journey: the service user starts their plan from a template, invites the
 * practitioner, writes a need in their own words, says whether they feel heard and signs the plan off; the
 * practitioner's later entry clears the sign-off; the print view and the history show it all. Pages of the plan
 * are not found for someone outside the team.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanBrowserIT {

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

    private String publishedTemplate(String title) {
        String priya = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        String body = Json.createObjectBuilder().add("title", title).add("summary", "For the browser test.")
                .add("sections", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "strengths").add("heading", "What I am good at").add("prompt", "Things you do well."))
                        .add(Json.createObjectBuilder().add("kind", "needs").add("heading", "What I need help with").add("prompt", "One need at a time.")))
                .build().toString();
        Response created = portal.post("/api/v1/plan-templates", body, priya);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, portal.post("/api/v1/plan-templates/" + id + "/publish", "", priya).status());
        return title;
    }

    @Test
    void theParticipantStartsInvitesWritesAndSignsOffAndALaterEntryClearsTheSignOff() {
        String title = publishedTemplate("Browser plan " + UUID.randomUUID().toString().substring(0, 8));

        browser.get(portal.url("/login?returnTo=/plugins/plan-templates/"));
        browser.findElement(By.id("login:email")).sendKeys("serviceuser@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor("Start a plan");
        new Select(browser.findElement(By.id("start:templateId"))).selectByVisibleText(title);
        browser.findElement(By.id("start:submit")).click();
        waitFor("Your plan has been started.");
        Browser.waitForUrl(browser, "/plugins/plan-templates/plan?id=");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(number.find(), browser.getCurrentUrl());
        long planId = Long.parseLong(number.group(1));
        String planUrl = portal.url("/plugins/plan-templates/plan?id=" + planId);
        assertTrue(text().contains("A plan for Sam Service-User"), text());

        browser.findElement(By.id("team-email")).sendKeys("practitioner@example.org");
        browser.findElement(By.id("teamForm:submit")).click();
        waitFor("Please say in 1 to 100 characters who they are to you");
        assertEquals("practitioner@example.org", browser.findElement(By.id("team-email")).getDomProperty("value"), "what was typed is kept");
        browser.findElement(By.id("team-relationship")).sendKeys("My social worker");
        browser.findElement(By.id("teamForm:submit")).click();
        waitFor("Priya Practitioner (My social worker)");
        assertTrue(text().contains("Your change is saved."), text());
        assertTrue(browser.findElement(By.id("pdf-link")).getDomAttribute("href").endsWith("/api/v1/plans/" + planId + "/pdf"));

        browser.findElement(By.cssSelector(".plan-section-needs textarea[name='text']")).sendKeys("Someone to come with me to the GP.");
        new Select(browser.findElement(By.cssSelector(".plan-section-needs select[name='supportStatus']"))).selectByValue("missing");
        browser.findElement(By.cssSelector(".plan-section-needs input[type='submit']")).click();
        waitFor("Someone to come with me to the GP.");
        assertTrue(text().contains("In their own words Sam Service-User"), text());
        assertTrue(text().contains("Support missing"), text());
        assertTrue(text().contains("0 · 0 · 1"), "the access summary counts the missing support: " + text());

        browser.findElement(By.cssSelector(".plan-section-needs details.entry-change summary")).click();
        browser.findElement(By.cssSelector(".plan-section-needs details.entry-change textarea")).clear();
        browser.findElement(By.cssSelector(".plan-section-needs details.entry-change textarea")).sendKeys("Someone to come with me to the GP and the dentist.");
        browser.findElement(By.cssSelector(".plan-section-needs details.entry-change input[type='submit']")).click();
        waitFor("Someone to come with me to the GP and the dentist.");
        assertTrue(text().contains("Support missing"), "the status stays as it was: " + text());

        browser.findElement(By.cssSelector(".plan-section-strengths .entry-form input[type='submit']")).click();
        waitFor("Please write something in this section.");

        browser.findElement(By.id("heard-partly")).click();
        browser.findElement(By.id("voice-note")).sendKeys("Mostly, yes.");
        browser.findElement(By.id("voiceForm:submit")).click();
        waitFor("“Mostly, yes.”");
        assertTrue(browser.findElement(By.id("heard-partly")).isSelected(), "the answer given is the one chosen");
        assertFalse(browser.findElement(By.id("heard-yes")).isSelected());

        browser.findElement(By.id("signOff:submit")).click();
        waitFor("Sam Service-User signed this plan off on");

        String priya = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        JsonObject plan = portal.get("/api/v1/plans/" + planId, priya).json();
        long strengths = plan.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals("strengths")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(201, portal.post("/api/v1/plans/" + planId + "/sections/" + strengths + "/entries",
                "{\"text\": \"Sam knows every bus route in town.\"}", priya).status());

        browser.get(planUrl);
        waitFor("Sam knows every bus route in town.");
        assertTrue(text().contains("Sam Service-User has not signed off this version of the plan."), text());
        assertTrue(text().contains("Written by Priya Practitioner"), text());

        browser.findElement(By.id("print-link")).click();
        waitFor("Use your browser's print command");
        assertTrue(text().contains("Someone to come with me to the GP and the dentist."), text());
        assertFalse(text().contains("Add to the plan"), "no forms in the print view");

        browser.get(portal.url("/plugins/plan-templates/history?id=" + planId));
        waitFor("History of changes");
        assertTrue(text().contains("The sign-off was cleared because the plan changed"), text());
        assertTrue(text().contains("Added Priya Practitioner (My social worker) to the team."), text());

    }

    @Test
    void aPractitionerWritesATemplateOnThePageAndPublishesIt() {
        String title = "Page template " + UUID.randomUUID().toString().substring(0, 8);
        browser.get(portal.url("/login?returnTo=/plugins/plan-templates/template-edit"));
        browser.findElement(By.id("login:email")).sendKeys("practitioner@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor("Write a plan template");
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("kind-0"))).selectByValue("needs");
        browser.findElement(By.id("prompt-0")).sendKeys("What would make the move easier?");
        browser.findElement(By.id("template:submit")).click();
        waitFor("Please give section 1 a heading of 1 to 200 characters.");
        assertEquals("What would make the move easier?", browser.findElement(By.id("prompt-0")).getDomProperty("value"), "kept");
        assertEquals("needs", new Select(browser.findElement(By.id("kind-0"))).getFirstSelectedOption().getDomAttribute("value"));
        browser.findElement(By.id("heading-0")).sendKeys("Moving home");
        browser.findElement(By.id("template:submit")).click();
        waitFor("Your change is saved.");
        waitFor(title);
        By section = By.xpath("//section[h2[text()='" + title + "']]");
        assertTrue(browser.findElement(section).getText().contains("Draft, not published yet"));
        assertTrue(browser.findElement(section).getText().contains("Moving home"));
        browser.findElement(section).findElement(By.cssSelector("input[type='submit']")).click();
        waitFor("The template is published");
        assertFalse(browser.findElement(section).getText().contains("Draft, not published yet"));
        assertTrue(portal.get("/api/v1/plan-templates", portal.token("serviceuser@example.org", Portal.DEMO_PASSWORD)).body()
                .contains(title), "others can now start plans from it");
    }

    @Test
    void plansArePrivateOnThePagesToo() {
        String sam = portal.token("serviceuser@example.org", Portal.DEMO_PASSWORD);
        long plan = portal.get("/api/v1/plans", sam).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        browser.get(portal.url("/login?returnTo=/plugins/plan-templates/plan?id=" + plan));
        browser.findElement(By.id("login:email")).sendKeys("moderator@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        // the sign-in page's own address holds the plan page's (returnTo), so wait for the page that answers it
        waitFor("We cannot find this page");
        assertTrue(browser.getCurrentUrl().contains("/plugins/plan-templates/plan?id=" + plan), browser.getCurrentUrl());
        assertFalse(text().contains("A plan for"), text());
        assertFalse(text().contains("Sam Service-User"), text());
        browser.get(portal.url("/plugins/plan-templates/print?id=" + plan));
        assertFalse(text().contains("Sam Service-User"), text());
        assertEquals(302, portal.get("/plugins/plan-templates/plan?id=" + plan).status(), "visitors are sent to sign in");
        String moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        assertEquals(404, portal.get("/plugins/plan-templates/plan?id=" + plan, moderator).status());
        assertEquals(404, portal.get("/plugins/plan-templates/history?id=" + plan, moderator).status());
        assertEquals(200, portal.get("/plugins/plan-templates/plan?id=" + plan, sam).status());
    }

    private String text() {
        return Browser.text(browser);
    }

    private void waitFor(String expected) {
        Browser.waitForText(browser, expected);
    }
}
