package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assisted participation over HTTP: staff share stories and replies on someone's behalf (/api/v1/assisted), who may,
 * what the posts show, the consent records, withdrawal, and the pages that show them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssistedParticipationIT {

    private static final String MODERATOR_NAME = "Morgan Moderator";

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String token(String who) {
        return portal.token(who + "@example.org", Portal.DEMO_PASSWORD);
    }

    private static JsonObjectBuilder onBehalf(String name, String email, String shownAs, String method) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("personName", name).add("shownAs", shownAs)
                .add("consentMethod", method).add("consentGivenOn", LocalDate.now().minusDays(3).toString())
                .add("agreedTo", "Agreed on the phone to share this, read back to them.").add("consentConfirmed", true);
        if (email != null) {
            b.add("personEmail", email);
        }
        return b;
    }

    @Test
    void aPractitionerSharesAStoryForAMemberWhoCanReadAndWithdrawIt() {
        String priya = token("practitioner");
        String sam = token("serviceuser");
        String samsPseudonym = portal.get("/api/v1/stories/pseudonym", sam).json().getString("pseudonym");
        String title = "Told over the phone " + System.nanoTime();
        Response shared = portal.post("/api/v1/assisted/stories", Json.createObjectBuilder().add("title", title)
                .add("body", "I could not get to the meeting, so I rang.").add("language", "en")
                .add("onBehalfOf", onBehalf("", "serviceuser@example.org", "pseudonym", "phone")).build().toString(), priya);
        assertEquals(201, shared.status(), shared.toString());
        JsonObject story = shared.json().getJsonObject("story");
        long id = story.getJsonNumber("id").longValue();
        assertTrue(shared.header("Location").orElseThrow().endsWith("/api/v1/stories/" + id));
        assertEquals(samsPseudonym, story.getString("authorName"));
        assertEquals("Priya Practitioner", story.getString("sharedBy"));
        assertEquals("PENDING", story.getString("status"));
        JsonObject consent = shared.json().getJsonObject("consent");
        assertEquals("Sam Service-User", consent.getString("personName"));
        assertTrue(consent.getBoolean("personHasAccount"));
        assertEquals("phone", consent.getString("consentMethod"));
        assertEquals("Priya Practitioner", consent.getString("enteredBy"));

        assertEquals(404, portal.get("/api/v1/stories/" + id).status(), "waits for a moderator");
        assertEquals(404, portal.get("/api/v1/stories/" + id, token("student")).status());
        JsonObject forSam = portal.get("/api/v1/stories/" + id, sam).json();
        assertTrue(forSam.getBoolean("mine"), "the person sees it as theirs");
        assertTrue(portal.get("/api/v1/stories?mine=true&size=100", sam).body().contains(title));
        assertTrue(portal.get("/api/v1/assisted/consents?size=100", sam).body().contains("/stories/story?id=" + id + "\""),
                "the person sees the consent record about them");
        assertFalse(portal.get("/api/v1/assisted/consents?size=100", token("student")).body().contains("/stories/story?id=" + id + "\""));

        Response withdrawn = portal.post("/api/v1/stories/" + id + "/withdrawal", "", sam);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertTrue(withdrawn.json().getBoolean("withdrawn"));
        JsonObject record = portal.get("/api/v1/assisted/consents?size=100", priya).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("postId").longValue() == id
                        && c.getString("postKind").equals("story")).findFirst().orElseThrow();
        assertFalse(record.isNull("withdrawnAt"));
        assertEquals("Sam Service-User", record.getString("withdrawnBy"));
    }

    @Test
    void aStoryForSomeoneWithoutAnAccountIsPublishedByAnotherModeratorWithTheBylineOnItsPage() {
        String mo = token("moderator");
        String title = "From a paper form " + System.nanoTime();
        Response shared = portal.post("/api/v1/assisted/stories", Json.createObjectBuilder().add("title", title)
                .add("body", "Mae'r grŵp yn helpu.").add("language", "cy")
                .add("onBehalfOf", onBehalf("Gwen Hughes", null, "name", "paper-form")).build().toString(), mo);
        assertEquals(201, shared.status(), shared.toString());
        long id = shared.json().getJsonObject("story").getJsonNumber("id").longValue();
        assertEquals(403, portal.post("/api/v1/stories/" + id + "/approval", "", mo).status(),
                "the moderator who entered it cannot publish it");
        String admin = token("admin");
        assertEquals(200, portal.post("/api/v1/stories/" + id + "/approval", "", admin).status());

        JsonObject published = portal.get("/api/v1/stories/" + id).json();
        assertEquals("Gwen Hughes", published.getString("authorName"));
        assertEquals(MODERATOR_NAME, published.getString("sharedBy"));
        String page = portal.get("/stories/story?id=" + id).body();
        assertTrue(page.contains("Shared by " + published.getString("sharedBy") + " on behalf of Gwen Hughes"), page);
        assertTrue(page.contains("lang=\"cy\""), "the story's language is marked");
        assertFalse(page.contains("Consent record"), "visitors do not see the consent record");
        assertTrue(portal.get("/stories").body().contains("on behalf of Gwen Hughes"), "the listing says so too");

        Response withdrawn = portal.post("/api/v1/assisted/stories/" + id + "/withdrawal",
                Json.createObjectBuilder().add("note", "Gwen rang to ask.").build().toString(), admin);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("Gwen rang to ask.", withdrawn.json().getJsonObject("consent").getString("withdrawalNote"));
        assertEquals(404, portal.get("/api/v1/stories/" + id).status());
    }

    @Test
    void aReplyOnSomeonesBehalfShowsBothNamesAndItsLanguageInTheThread() {
        String priya = token("practitioner");
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)")
                .matcher(portal.get("/api/v1/categories").body());
        assertTrue(first.find());
        String category = first.group(1);
        Response thread = portal.post("/api/v1/threads", Json.createObjectBuilder().add("categoryId", Long.parseLong(category))
                .add("title", "Transport to the day centre " + System.nanoTime()).add("body", "What works for you?")
                .add("language", "en").build().toString(), priya);
        assertEquals(201, thread.status(), thread.toString());
        long threadId = thread.json().getJsonNumber("id").longValue();
        assertEquals("en", thread.json().getString("language"));

        Response reply = portal.post("/api/v1/assisted/replies", Json.createObjectBuilder().add("threadId", threadId)
                .add("body", "Mae'r bws mini yn gweithio i mi.").add("language", "cy")
                .add("onBehalfOf", onBehalf("Dafydd", null, "pseudonym", "in-person").add("pseudonym", "Red Kite"))
                .build().toString(), priya);
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("Red Kite", reply.json().getString("onBehalfOf"));
        assertEquals("Dafydd", reply.json().getJsonObject("consent").getString("personName"));

        JsonObject shown = portal.get("/api/v1/threads/" + threadId).json().getJsonObject("replies").getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Priya Practitioner", shown.getString("authorName"));
        assertEquals("Red Kite", shown.getString("onBehalfOf"));
        assertEquals("cy", shown.getString("language"));
        String page = portal.get("/discussions/thread?id=" + threadId).body();
        assertTrue(page.contains("Priya Practitioner wrote on behalf of Red Kite"), page);
        assertTrue(page.contains("<div class=\"post-body\" lang=\"cy\">"), "the reply's language is marked");
        assertFalse(page.contains("Dafydd"), "the person's own name stays off the page");
    }

    @Test
    void onlyStaffMayAndEveryProblemIsNamed() {
        String body = Json.createObjectBuilder().add("title", "A title").add("body", "A body")
                .add("onBehalfOf", onBehalf("Sam", null, "name", "phone")).build().toString();
        assertEquals(401, portal.post("/api/v1/assisted/stories", body).status());
        Response student = portal.post("/api/v1/assisted/stories", body, token("student"));
        assertEquals(403, student.status(), student.toString());

        Response bad = portal.post("/api/v1/assisted/stories", Json.createObjectBuilder().add("title", "")
                .add("body", "A body").add("onBehalfOf", Json.createObjectBuilder().add("personName", "Sam")
                        .add("shownAs", "nickname").add("consentMethod", "pigeon").add("consentConfirmed", false))
                .build().toString(), token("practitioner"));
        assertEquals(400, bad.status(), bad.toString());
        Set<String> fields = bad.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("title", "shownAs", "consentMethod", "consentGivenOn", "agreedTo", "consentConfirmed"), fields,
                bad.toString());
        Response noPerson = portal.post("/api/v1/assisted/replies", Json.createObjectBuilder().add("threadId", 1)
                .add("body", "Hi").build().toString(), token("practitioner"));
        assertEquals(400, noPerson.status(), noPerson.toString());
        assertEquals("personName", noPerson.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    @Test
    void theDemoHasAPublishedStorySharedFromAPaperForm() {
        JsonObject demo = portal.get("/api/v1/stories?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("title").equals("Getting to the carers' group without a car"))
                .findFirst().orElseThrow();
        assertEquals("Evening Primrose", demo.getString("authorName"));
        assertEquals("Priya Practitioner", demo.getString("sharedBy"));
    }

    @Test
    void theEndpointsAreDocumented() {
        String openapi = portal.get("/openapi").body();
        for (String expected : new String[] {"/api/v1/assisted/stories", "/api/v1/assisted/replies",
                "/api/v1/assisted/consents", "/api/v1/assisted/stories/{id}/withdrawal", "OnBehalfOf", "ConsentRecord"}) {
            assertTrue(openapi.contains(expected), expected);
        }
    }
}
