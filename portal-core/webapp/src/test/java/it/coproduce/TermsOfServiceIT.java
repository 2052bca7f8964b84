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
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Terms of service through the deployed portal: registration requires accepting the version in force (recorded with
 * the time); a new version published by an administrator (audited) has to be accepted before a member posts again,
 * while reading goes on; and the limit of new accounts per client address answers 429 with Retry-After.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermsOfServiceIT {

    /** The demo accounts, which every other test uses: after a new version they accept it again. */
    private static final List<String> DEMO = List.of("admin@example.org", "moderator@example.org",
            "practitioner@example.org", "serviceuser@example.org", "student@example.org");

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void registrationRequiresAcceptingTheTermsInForceAndRecordsThem() {
        int version = portal.termsVersion();
        String email = Portal.newEmail("terms");
        Response without = portal.post("/api/v1/accounts",
                Portal.registration("Tegan Terms", email, Portal.GOOD_PASSWORD, "carer").build().toString());
        assertEquals(400, without.status(), without.toString());
        assertField(without, "acceptTerms", "Please read the terms of service and tick the box to accept them.");

        Response refused = portal.post("/api/v1/accounts", Portal.registration("Tegan Terms", email, Portal.GOOD_PASSWORD,
                "carer").add("acceptTerms", false).add("termsVersion", version).build().toString());
        assertEquals(400, refused.status(), refused.toString());
        assertField(refused, "acceptTerms", "tick the box");

        Response oldVersion = portal.post("/api/v1/accounts", Portal.registration("Tegan Terms", email,
                Portal.GOOD_PASSWORD, "carer").add("acceptTerms", true).add("termsVersion", version + 7).build().toString());
        assertEquals(400, oldVersion.status(), oldVersion.toString());
        assertField(oldVersion, "termsVersion", "have changed to version " + version);

        assertEquals(201, portal.register("Tegan Terms", email, Portal.GOOD_PASSWORD, "carer").status());
        JsonObject terms = portal.get("/api/v1/terms", portal.token(email, Portal.GOOD_PASSWORD)).json();
        assertEquals(version, terms.getInt("acceptedVersion"));
        assertFalse(terms.getBoolean("mustAccept"));
        assertTrue(portal.get("/api/v1/terms?lang=cy").json().getString("text").contains("Diogelu"));
        assertTrue(portal.get("/terms").body().contains("Consent for stories"));
    }

    @Test
    void aNewVersionHasToBeAcceptedBeforeAMemberPostsAgain() {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        String member = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        long category = portal.get("/api/v1/categories").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> !c.getBoolean("membersOnly")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        int before = portal.termsVersion();
        JsonObject current = portal.get("/api/v1/terms").json();
        String reader = Portal.newEmail("reader");
        assertEquals(201, portal.register("Rhys Reader", reader, Portal.GOOD_PASSWORD, "carer").status());

        assertEquals(403, portal.post("/api/v1/admin/terms", publication(current), member).status(),
                "members cannot publish terms");
        Response incomplete = portal.post("/api/v1/admin/terms", "{\"textEn\": \"Be kind.\"}", admin);
        assertEquals(400, incomplete.status(), incomplete.toString());
        try {
            Response published = portal.post("/api/v1/admin/terms", publication(current), admin);
            assertEquals(201, published.status(), published.toString());
            assertEquals(before + 1, published.json().getInt("version"));

            JsonObject asked = portal.get("/api/v1/terms", member).json();
            assertEquals(before, asked.getInt("acceptedVersion"));
            assertTrue(asked.getBoolean("mustAccept"));
            assertTrue(asked.getString("changes").contains("photographs"), asked.toString());
            Response refused = portal.post("/api/v1/threads", thread(category), member);
            assertEquals(403, refused.status(), refused.toString());
            assertEquals("terms_not_accepted", refused.json().getString("error"));
            assertTrue(refused.json().getString("message").contains("accept it before you post"), refused.body());
            assertEquals(200, portal.get("/api/v1/categories/" + category, member).status(), "reading goes on");
            assertTrue(portal.get("/terms/accept", member).body().contains("photographs"), "the page shows the changes");

            Response stale = portal.post("/api/v1/terms/acceptance", "{\"version\": " + before + "}", member);
            assertEquals(409, stale.status(), stale.toString());
            assertEquals(204, portal.post("/api/v1/terms/acceptance", "{\"version\": " + (before + 1) + "}", member).status());
            assertEquals(201, portal.post("/api/v1/threads", thread(category), member).status(), "posting again");

            acceptInTheBrowserAtSignIn(reader);

            JsonObject audit = portal.get("/api/v1/admin/audit?action=terms.publish", admin).json();
            JsonObject entry = audit.getJsonArray("items").getJsonObject(0);
            assertEquals(String.valueOf(before + 1), entry.getString("subjectId"));
            assertEquals("Alex Admin", entry.getString("actorName"));
        } finally {
            int now = portal.termsVersion();
            for (String email : DEMO) {
                portal.post("/api/v1/terms/acceptance", "{\"version\": " + now + "}", portal.token(email, Portal.DEMO_PASSWORD));
            }
        }
    }

    @Test
    void newAccountsPerAddressAreLimitedWithRetryAfter() {
        // The test server allows 3 an hour per address (not its own 127.0.0.1) and trusts X-Forwarded-For from loopback.
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 3; i++) {
            Response ok = registerFrom(address, Portal.newEmail("limit"));
            assertEquals(201, ok.status(), ok.toString());
        }
        Response limited = registerFrom(address, Portal.newEmail("limit"));
        assertEquals(429, limited.status(), limited.toString());
        long retry = Long.parseLong(limited.header("Retry-After").orElseThrow());
        assertTrue(retry > 3500 && retry <= 3600, "Retry-After " + retry);
        assertEquals("too_many_registrations", limited.json().getString("error"));
        assertTrue(limited.json().getString("message").startsWith("Too many accounts have been made from your internet "
                + "address in the last hour. Please try again in"), limited.body());
        assertEquals(201, registerFrom("203.0.113." + ThreadLocalRandom.current().nextInt(1, 255),
                Portal.newEmail("limit")).status(), "another address is not affected");
    }

    /** Signing in leads to the page with the changes; accepting there ends the reminder. */
    private void acceptInTheBrowserAtSignIn(String email) {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(portal.url("/login"));
            browser.findElement(By.id("login:email")).sendKeys(email);
            browser.findElement(By.id("login:password")).sendKeys(Portal.GOOD_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            Browser.waitForText(browser, "Please accept the new terms");
            assertTrue(Browser.text(browser).contains("A new section on photographs"), Browser.text(browser));
            browser.get(portal.url("/discussions/"));
            assertTrue(Browser.text(browser).contains("Our terms of service have changed."), "every page reminds them");
            browser.findElement(By.linkText("See what changed and accept")).click();
            Browser.waitForText(browser, "What changed");
            browser.findElement(By.id("accept:submit")).click();
            Browser.waitForText(browser, "Thank you for accepting the terms. You can post again.");
            assertFalse(Browser.text(browser).contains("Our terms of service have changed."));
        } finally {
            browser.quit();
        }
    }

    private Response registerFrom(String address, String email) {
        String body = Portal.registration("Lim Itt", email, Portal.GOOD_PASSWORD, "student").add("acceptTerms", true)
                .add("termsVersion", portal.termsVersion()).build().toString();
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/accounts")))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    private static String publication(JsonObject current) {
        return Json.createObjectBuilder()
                .add("textEn", current.getString("text") + "\n\n### Photographs\nAsk before you share a photograph of anyone.")
                .add("textCy", "## Telerau\n\n### Ffotograffau\nGofynnwch cyn rhannu ffotograff o unrhyw un.")
                .add("changesEn", "A new section on photographs: ask before you share a photograph of anyone.")
                .add("changesCy", "Adran newydd am ffotograffau: gofynnwch cyn rhannu ffotograff o unrhyw un.")
                .build().toString();
    }

    private static String thread(long category) {
        return Json.createObjectBuilder().add("categoryId", category).add("title", "After the new terms")
                .add("body", "I have read the new terms about photographs.").add("tags", Json.createArrayBuilder())
                .build().toString();
    }

    private static void assertField(Response response, String field, String messagePart) {
        JsonObject found = response.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> field.equals(f.getString("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no message for " + field + ": " + response));
        assertTrue(found.getString("message").contains(messagePart), found.toString());
    }
}
