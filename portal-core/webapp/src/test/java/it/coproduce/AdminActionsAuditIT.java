package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrators' other actions reach the audit log ({@code GET /api/v1/admin/audit}) with who, what and the
 * state before and after: a category created and changed, a plugin switched off and on, the synonym list changed
 * and the site's default appearance saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminActionsAuditIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyAdministratorActionIsInTheAuditLog() {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        String name = "Audited room " + UUID.randomUUID().toString().substring(0, 8);

        Response created = portal.post("/api/v1/categories", Json.createObjectBuilder().add("name", name)
                .add("description", "Where we try out audit entries.").build().toString(), admin);
        assertEquals(201, created.status(), created.toString());
        String id = String.valueOf(created.json().getJsonNumber("id").longValue());
        assertEquals(200, portal.put("/api/v1/categories/" + id, Json.createObjectBuilder().add("name", name)
                .add("description", "Now for members only.").add("membersOnly", true).build().toString(), admin).status());
        JsonObject create = latest(admin, "category.create", id);
        assertEquals("Alex Admin", create.getString("actorName"));
        assertTrue(create.getString("detail").contains("after: name \"" + name + "\", open to all"), create.toString());
        String change = latest(admin, "category.change", id).getString("detail");
        assertTrue(change.contains("before: name \"" + name + "\", open to all") && change.contains("after: name \""
                + name + "\", members only") && change.contains("Now for members only."), change);

        try {
            assertEquals(200, portal.put("/api/v1/plugins/welcome", "{\"enabled\": false}", admin).status());
        } finally {
            assertEquals(200, portal.put("/api/v1/plugins/welcome", "{\"enabled\": true}", admin).status());
        }
        assertEquals("before: on; after: off", latest(admin, "plugin.disable", "welcome").getString("detail"));
        assertEquals("before: off; after: on", latest(admin, "plugin.enable", "welcome").getString("detail"));

        String saved = portal.get("/api/v1/admin/search/synonyms", admin).json().getString("rules");
        String line = "audit" + UUID.randomUUID().toString().substring(0, 6) + ", logbook";
        try {
            assertEquals(200, portal.put("/api/v1/admin/search/synonyms", Json.createObjectBuilder()
                    .add("rules", saved + "\n" + line).build().toString(), admin).status());
        } finally {
            portal.put("/api/v1/admin/search/synonyms", Json.createObjectBuilder().add("rules", saved).build().toString(), admin);
        }
        JsonObject synonyms = portal.get("/api/v1/admin/audit?action=synonyms.change&size=2", admin).json()
                .getJsonArray("items").getJsonObject(1);
        assertTrue(synonyms.getString("detail").contains("Added: " + line + ". Removed: none."), synonyms.toString());

        ChromeDriver browser = Browser.start();
        try {
            browser.get(portal.url("/login"));
            browser.findElement(By.id("login:email")).sendKeys("admin@example.org");
            browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(d -> !d.findElements(By.id("signout:signOutButton")).isEmpty());
            browser.get(portal.url("/admin/appearance"));
            browser.findElement(By.cssSelector("input[name='appearance:theme'][value='default']")).click();
            browser.findElement(By.id("appearance:submit")).click();
            Browser.waitForText(browser, "The default theme has been saved.");
        } finally {
            browser.quit();
        }
        JsonObject appearance = latest(admin, "appearance.default-theme", "default-theme");
        assertTrue(appearance.getString("detail").endsWith("after: default"), appearance.toString());
        assertEquals("admin", appearance.getString("source"));
    }

    /** The newest audit entry with this action about this subject. */
    private JsonObject latest(String admin, String action, String subjectId) {
        return portal.get("/api/v1/admin/audit?action=" + action + "&size=50", admin).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> subjectId.equals(e.getString("subjectId")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " entry about " + subjectId));
    }
}
