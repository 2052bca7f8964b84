package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin mechanism end to end with the welcome plugin: discovered without being listed, its migration,
 * REST resource, page, navigation entry, panel and event listener work, and switching it off silences all of
 * them at once, without a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginIT {

    /** Every plugin module of the build; a new one must be found here too. */
    private static final List<String> PLUGIN_MODULES = List.of("participation-payments", "plan-templates", "welcome");

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterEach
    void leaveWelcomeOn() {
        portal.put("/api/v1/plugins/welcome", "{\"enabled\": true}", portal.token("admin@example.org", Portal.DEMO_PASSWORD));
    }

    @Test
    void everyPluginModuleIsDiscoveredAndRunning() {
        List<JsonObject> plugins = portal.get("/api/v1/plugins").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(PLUGIN_MODULES, plugins.stream().map(p -> p.getString("id")).sorted().toList());
        JsonObject welcome = plugins.stream().filter(p -> p.getString("id").equals("welcome")).findFirst().orElseThrow();
        assertEquals("Welcome", welcome.getString("name"));
        assertEquals("1.0.0", welcome.getString("version"));
        assertTrue(welcome.getBoolean("enabled"));
        assertTrue(welcome.getBoolean("running"));
        assertTrue(plugins.stream().allMatch(p -> p.getBoolean("running")), plugins.toString());
    }

    @Test
    void theWelcomePluginAddsItsPanelPageEntryAndApi() {
        Response home = portal.get("/");
        assertTrue(home.body().contains("Welcome to the co-production network"), "panel on the home page");
        assertTrue(home.body().contains("href=\"/plugins/welcome/\""), "navigation entry");
        assertEquals(200, portal.get("/plugins/welcome/").status());
        assertEquals(200, portal.get("/api/v1/welcome").status());
    }

    @Test
    void itsListenerCountsNewMembersInTheRegistrationTransaction() {
        long before = portal.get("/api/v1/welcome").json().getJsonNumber("membersJoined").longValue();
        portal.register("Nia", Portal.newEmail("counted"), Portal.GOOD_PASSWORD, "carer");
        assertEquals(before + 1, portal.get("/api/v1/welcome").json().getJsonNumber("membersJoined").longValue());
    }

    @Test
    void disablingSilencesEverythingAtOnceAndEnablingBringsItBack() {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        // used while on first: the guards remember which plugin a class belongs to, never whether it is on
        assertEquals(200, portal.get("/api/v1/welcome").status(), "endpoint there while on");
        assertTrue(portal.get("/").body().contains("/plugins/welcome/"), "menu entry there while on");
        Response off = portal.put("/api/v1/plugins/welcome", "{\"enabled\": false}", admin);
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.json().getBoolean("enabled"));

        assertEquals(404, portal.get("/api/v1/welcome").status(), "endpoint gone");
        assertEquals(404, portal.get("/plugins/welcome/").status(), "page gone");
        Response home = portal.get("/");
        assertFalse(home.body().contains("/plugins/welcome/"), "menu entry gone");
        assertFalse(home.body().contains("Welcome to the co-production network"), "panel gone");
        long before = countJoined(admin);
        portal.register("Quiet", Portal.newEmail("quiet"), Portal.GOOD_PASSWORD, "other");

        assertEquals(200, portal.put("/api/v1/plugins/welcome", "{\"enabled\": true}", admin).status());
        assertEquals(200, portal.get("/api/v1/welcome").status());
        assertEquals(200, portal.get("/plugins/welcome/").status());
        assertEquals(before, portal.get("/api/v1/welcome").json().getJsonNumber("membersJoined").longValue(),
                "its listener was silent while it was off");
    }

    @Test
    void thePluginsSearchSourceFeedsTheSearchWhileItIsOn() throws InterruptedException {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        JsonObject saved = portal.get("/api/v1/welcome").json();
        String word = "welcomeword" + System.nanoTime();
        try {
            assertEquals(200, portal.put("/api/v1/welcome", Json.createObjectBuilder().add("heading", "Hello " + word)
                    .add("body", "A plugin's text in the search.").build().toString(), admin).status());
            JsonObject found = awaitTotal("q=" + word, 1);
            JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
            assertEquals("welcome-message", hit.getString("type"));
            assertEquals("/plugins/welcome/", hit.getString("url"));
            assertEquals(200, portal.put("/api/v1/plugins/welcome", "{\"enabled\": false}", admin).status());
            assertEquals(0, portal.get("/api/v1/search?q=" + word).json().getInt("total"), "left out while off");
            assertEquals(200, portal.put("/api/v1/plugins/welcome", "{\"enabled\": true}", admin).status());
            assertEquals(1, portal.get("/api/v1/search?q=" + word).json().getInt("total"), "back when on");
        } finally {
            portal.put("/api/v1/welcome", Json.createObjectBuilder().add("heading", saved.getString("heading"))
                    .add("body", saved.getString("body")).build().toString(), admin);
        }
    }

    private JsonObject awaitTotal(String query, int total) throws InterruptedException {
        JsonObject last = portal.get("/api/v1/search?" + query).json();
        for (int i = 0; i < 100 && last.getInt("total") != total; i++) {
            Thread.sleep(50);
            last = portal.get("/api/v1/search?" + query).json();
        }
        assertEquals(total, last.getInt("total"), last.toString());
        return last;
    }

    @Test
    void onlyAdministratorsSwitchPluginsAndEditTheWelcome() {
        String member = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        assertEquals(403, portal.put("/api/v1/plugins/welcome", "{\"enabled\": false}", member).status());
        assertEquals(401, portal.put("/api/v1/plugins/welcome", "{\"enabled\": false}", null).status());
        assertEquals(403, portal.put("/api/v1/welcome", "{\"heading\": \"Hi\", \"body\": \"There\"}", member).status());
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        assertEquals(404, portal.put("/api/v1/plugins/no-such-plugin", "{\"enabled\": false}", admin).status());
        assertEquals(400, portal.put("/api/v1/plugins/welcome", "{}", admin).status());
        assertEquals(400, portal.put("/api/v1/welcome", "{\"heading\": \"\"}", admin).status());
    }

    @Test
    void theWelcomeTextIsStoredExactlyAndRenderedSafely() {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        String original = portal.get("/api/v1/welcome").json().getString("body");
        String heading = "Croeso <script>alert('x')</script> & \"welcome\"";
        try {
            Response changed = portal.put("/api/v1/welcome", jakarta.json.Json.createObjectBuilder()
                    .add("heading", heading).add("body", original).build().toString(), admin);
            assertEquals(200, changed.status(), changed.toString());
            assertEquals(heading, portal.get("/api/v1/welcome").json().getString("heading"));
            String home = portal.get("/").body();
            assertFalse(home.contains("<script>alert"), "escaped on the page");
            assertTrue(home.contains("Croeso &lt;script&gt;"), home);
        } finally {
            portal.put("/api/v1/welcome", jakarta.json.Json.createObjectBuilder()
                    .add("heading", "Welcome to the co-production network").add("body", original).build().toString(), admin);
        }
    }

    private long countJoined(String admin) {
        portal.put("/api/v1/plugins/welcome", "{\"enabled\": true}", admin);
        long count = portal.get("/api/v1/welcome").json().getJsonNumber("membersJoined").longValue();
        portal.put("/api/v1/plugins/welcome", "{\"enabled\": false}", admin);
        return count;
    }
}
