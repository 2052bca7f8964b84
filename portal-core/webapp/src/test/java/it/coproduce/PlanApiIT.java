package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.PdfDocuments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan templates plugin's API: author and publish a template; start a plan; the participant invites a
 * practitioner; both write; the participant signs off; a later edit clears the sign-off; a non-member, a
 * moderator and a removed team member are refused on every plan route, administrators learn only that the plan
 * exists; every view and change is audited; the PDF export; review reminders.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String token(String who) {
        return portal.token(who + "@example.org", Portal.DEMO_PASSWORD);
    }

    private static String section(String kind, String heading, String prompt) {
        return Json.createObjectBuilder().add("kind", kind).add("heading", heading).add("prompt", prompt).build().toString();
    }

    private static String template(String title, String... sections) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String s : sections) {
            list.add(Json.createReader(new java.io.StringReader(s)).readObject());
        }
        return Json.createObjectBuilder().add("title", title).add("summary", "A test template.").add("sections", list)
                .build().toString();
    }

    /** A published template with strengths, needs and supports; returns its id. */
    private long publishedTemplate(String author) {
        Response created = portal.post("/api/v1/plan-templates", template("Test plan " + UUID.randomUUID(),
                section("strengths", "What I am good at", "Things you do well."),
                section("needs", "What I need help with", "One need at a time."),
                section("supports", "Who helps", "What, who and when.")), author);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        Response published = portal.post("/api/v1/plan-templates/" + id + "/publish", "", author);
        assertEquals(200, published.status(), published.toString());
        return id;
    }

    private JsonObject startPlan(long templateId, String participant) {
        Response started = portal.post("/api/v1/plans", Json.createObjectBuilder().add("templateId", templateId).build().toString(),
                participant);
        assertEquals(201, started.status(), started.toString());
        return started.json();
    }

    private static long sectionId(JsonObject plan, String kind) {
        return plan.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals(kind)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long accountId(String token) {
        return portal.get("/api/v1/me", token).json().getJsonNumber("id").longValue();
    }

    @Test
    void templatesAreWrittenAsDraftsVersionedAndPublished() {
        String priya = token("practitioner");
        String sam = token("serviceuser");
        Response created = portal.post("/api/v1/plan-templates", template("Draft " + UUID.randomUUID(),
                section("goals", "What I want", "Your goals.")), priya);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertFalse(created.json().getBoolean("published"));
        assertEquals(1, created.json().getInt("version"));

        assertEquals(404, portal.get("/api/v1/plan-templates/" + id, sam).status(), "a draft is its author's");
        Response early = portal.post("/api/v1/plans", "{\"templateId\": " + id + "}", sam);
        assertEquals(400, early.status(), early.toString());
        assertTrue(early.json().getString("message").contains("not been published"), early.toString());
        assertEquals(403, portal.post("/api/v1/plan-templates/" + id + "/publish", "", sam).status());

        Response published = portal.post("/api/v1/plan-templates/" + id + "/publish", "", priya);
        assertEquals(200, published.status(), published.toString());
        assertTrue(published.json().getBoolean("published"));
        assertEquals(409, portal.post("/api/v1/plan-templates/" + id + "/publish", "", priya).status(), "nothing left to publish");

        Response revised = portal.put("/api/v1/plan-templates/" + id, template("Revised " + UUID.randomUUID(),
                section("goals", "What I want", "Your goals."), section("contingency", "If it goes wrong", "Who to call.")), priya);
        assertEquals(200, revised.status(), revised.toString());
        assertEquals(2, revised.json().getInt("version"), "a change after publishing is a new draft version");
        assertFalse(revised.json().getBoolean("published"));
        JsonObject seen = portal.get("/api/v1/plan-templates/" + id, sam).json();
        assertEquals(1, seen.getInt("version"), "others still see the published version");
        assertEquals(1, seen.getJsonArray("sections").size());
        assertEquals("goals", seen.getJsonArray("sections").getJsonObject(0).getString("kind"));

        assertTrue(portal.get("/api/v1/plan-templates", sam).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("title").equals("My support plan")), "the shipped templates are listed");
    }

    @Test
    void badTemplatesAreRefusedWithAMessage() {
        String priya = token("practitioner");
        Response none = portal.post("/api/v1/plan-templates", template("Empty"), priya);
        assertEquals(400, none.status(), none.toString());
        assertEquals("A template needs at least one section.", none.json().getString("message"));
        Response unknown = portal.post("/api/v1/plan-templates", template("Odd", section("horoscope", "Stars", "Read them.")), priya);
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.json().getString("message").contains("unknown kind \"horoscope\""), unknown.toString());
        assertEquals("sections[0].kind", unknown.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(400, portal.post("/api/v1/plan-templates", "{not json", priya).status());
        assertEquals(401, portal.post("/api/v1/plan-templates", template("Anon", section("goals", "G", "P")), null).status());
    }

    @Test
    void theParticipantOwnsThePlanTheTeamWritesAndALaterEditClearsTheSignOff() {
        String priya = token("practitioner");
        String sam = token("serviceuser");
        long priyaId = accountId(priya);
        long templateId = publishedTemplate(priya);

        JsonObject plan = startPlan(templateId, sam);
        long id = plan.getJsonNumber("id").longValue();
        assertTrue(plan.getBoolean("viewerIsParticipant"));
        assertEquals(3, plan.getJsonArray("sections").size());
        assertEquals(1, plan.getJsonArray("team").size());
        assertEquals(404, portal.get("/api/v1/plans/" + id, priya).status(), "not on the team yet");

        Response notOwner = portal.post("/api/v1/plans/" + id + "/team", "{\"email\": \"student@example.org\", \"relationship\": \"friend\"}", priya);
        assertEquals(404, notOwner.status(), "outsiders cannot even find it");
        Response invited = portal.post("/api/v1/plans/" + id + "/team",
                "{\"email\": \"practitioner@example.org\", \"relationship\": \"My social worker\"}", sam);
        assertEquals(200, invited.status(), invited.toString());
        assertEquals(2, invited.json().getJsonArray("team").size());
        assertEquals(409, portal.post("/api/v1/plans/" + id + "/team",
                "{\"email\": \"practitioner@example.org\", \"relationship\": \"again\"}", sam).status());
        assertEquals(400, portal.post("/api/v1/plans/" + id + "/team",
                "{\"email\": \"nobody-" + UUID.randomUUID() + "@example.org\", \"relationship\": \"friend\"}", sam).status());
        assertEquals(403, portal.post("/api/v1/plans/" + id + "/team",
                "{\"email\": \"student@example.org\", \"relationship\": \"friend\"}", priya).status(), "only the participant invites");

        Response samWrites = portal.post("/api/v1/plans/" + id + "/sections/" + sectionId(plan, "needs") + "/entries",
                "{\"text\": \"Getting to the clinic.\", \"supportStatus\": \"missing\"}", sam);
        assertEquals(201, samWrites.status(), samWrites.toString());
        Response priyaWrites = portal.post("/api/v1/plans/" + id + "/sections/" + sectionId(plan, "supports") + "/entries",
                "{\"text\": \"Lift to the clinic.\", \"who\": \"Volunteer driver\", \"when\": \"Thursdays\"}", priya);
        assertEquals(201, priyaWrites.status(), priyaWrites.toString());
        long priyaEntry = priyaWrites.json().getJsonNumber("id").longValue();
        assertEquals(400, portal.post("/api/v1/plans/" + id + "/sections/" + sectionId(plan, "needs") + "/entries",
                "{\"text\": \"No status.\"}", sam).status(), "a need says whether its support is in place");
        assertEquals(400, portal.post("/api/v1/plans/" + id + "/sections/" + sectionId(plan, "strengths") + "/entries",
                "{\"text\": \" \"}", sam).status());

        JsonObject read = portal.get("/api/v1/plans/" + id, priya).json();
        List<JsonObject> needs = read.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals("needs")).findFirst().orElseThrow().getJsonArray("entries")
                .getValuesAs(JsonObject.class);
        assertTrue(needs.get(0).getBoolean("ownWords"), "the participant's words are marked");
        assertEquals("missing", needs.get(0).getString("supportStatus"));
        assertEquals(1, read.getJsonObject("access").getInt("missing"));
        JsonObject support = read.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("kind").equals("supports")).findFirst().orElseThrow().getJsonArray("entries").getJsonObject(0);
        assertFalse(support.getBoolean("ownWords"));
        assertEquals("Volunteer driver", support.getString("who"));
        assertEquals(priyaId, support.getJsonObject("author").getJsonNumber("id").longValue());

        Response voice = portal.put("/api/v1/plans/" + id + "/voice", "{\"feelsHeard\": \"partly\", \"note\": \"Getting there.\"}", sam);
        assertEquals(200, voice.status(), voice.toString());
        assertEquals("partly", voice.json().getJsonObject("voice").getString("feelsHeard"));
        assertEquals(403, portal.put("/api/v1/plans/" + id + "/voice", "{\"feelsHeard\": \"yes\"}", priya).status());
        assertEquals(400, portal.put("/api/v1/plans/" + id + "/voice", "{\"feelsHeard\": \"maybe\"}", sam).status());

        assertEquals(403, portal.post("/api/v1/plans/" + id + "/sign-off", "", priya).status(), "only the participant signs off");
        Response signed = portal.post("/api/v1/plans/" + id + "/sign-off", "", sam);
        assertEquals(200, signed.status(), signed.toString());
        assertTrue(signed.json().getJsonObject("signOff").getBoolean("signedOff"));

        assertEquals(403, portal.put("/api/v1/plans/" + id + "/entries/" + priyaEntry, "{\"text\": \"Mine now.\"}", sam).status(),
                "only its author changes an entry");
        Response edited = portal.put("/api/v1/plans/" + id + "/entries/" + priyaEntry,
                "{\"text\": \"Lift to the clinic and back.\", \"who\": \"Volunteer driver\", \"when\": \"Thursdays\"}", priya);
        assertEquals(204, edited.status(), edited.toString());
        JsonObject after = portal.get("/api/v1/plans/" + id, sam).json();
        assertFalse(after.getJsonObject("signOff").getBoolean("signedOff"), "a later edit clears the sign-off");

        List<JsonObject> history = portal.get("/api/v1/plans/" + id + "/history", sam).jsonArray().getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(c -> c.getString("summary").contains("Changed what they wrote")
                && c.getString("text").contains("Before:\nLift to the clinic.") && c.getJsonObject("actor").getJsonNumber("id").longValue() == priyaId),
                history.toString());
        assertTrue(history.stream().anyMatch(c -> c.getString("summary").startsWith("The sign-off was cleared")), history.toString());

        Response review = portal.put("/api/v1/plans/" + id + "/review", "{\"reviewDate\": \"" + LocalDate.now().plusDays(3) + "\"}", priya);
        assertEquals(200, review.status(), review.toString());
        assertEquals(400, portal.put("/api/v1/plans/" + id + "/review", "{\"reviewDate\": \"next week\"}", priya).status());
        assertEquals(400, portal.put("/api/v1/plans/" + id + "/review", "{\"reviewDate\": \"2001-01-01\"}", priya).status());

        Response pdf = portal.get("/api/v1/plans/" + id + "/pdf", priya);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
        String pdfText = PdfDocuments.text(portal, "/api/v1/plans/" + id + "/pdf", priya);
        assertTrue(pdfText.contains("Getting to the clinic.") && pdfText.contains("Lift to the clinic and back."), pdfText);

        List<String> audited = portal.get("/api/v1/plans/" + id + "/audit", sam).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action")).toList();
        for (String action : List.of("plan.started", "plan.viewed", "plan.team-added", "plan.entry-added", "plan.entry-changed",
                "plan.voice-recorded", "plan.signed-off", "plan.sign-off-cleared", "plan.history-viewed", "plan.review-date-set",
                "plan.exported")) {
            assertTrue(audited.contains(action), action + " audited: " + audited);
        }
        assertEquals(403, portal.get("/api/v1/plans/" + id + "/audit", priya).status(), "the access log is the participant's");
    }

    @Test
    void outsidersModeratorsAndRemovedMembersAreRefusedOnEveryRouteAndAdministratorsSeeOnlyThatItExists() {
        String priya = token("practitioner");
        String sam = token("serviceuser");
        String student = token("student");
        String moderator = token("moderator");
        String admin = token("admin");
        long studentId = accountId(student);
        JsonObject plan = startPlan(publishedTemplate(priya), sam);
        long id = plan.getJsonNumber("id").longValue();
        long strengths = sectionId(plan, "strengths");
        Response entry = portal.post("/api/v1/plans/" + id + "/sections/" + strengths + "/entries", "{\"text\": \"I cook for my street.\"}", sam);
        long entryId = entry.json().getJsonNumber("id").longValue();

        // A removed team member: invited, writes, then removed.
        assertEquals(200, portal.post("/api/v1/plans/" + id + "/team", "{\"email\": \"student@example.org\", \"relationship\": \"Friend\"}", sam).status());
        assertEquals(201, portal.post("/api/v1/plans/" + id + "/sections/" + strengths + "/entries", "{\"text\": \"Sam is kind.\"}", student).status());
        Response removed = portal.delete("/api/v1/plans/" + id + "/team/" + studentId, sam);
        assertEquals(200, removed.status(), removed.toString());
        assertEquals(1, removed.json().getJsonArray("team").size());
        assertEquals(400, portal.delete("/api/v1/plans/" + id + "/team/" + accountId(sam), sam).status(), "the participant stays");

        List<Function<String, Response>> routes = routes(id, strengths, entryId, studentId);
        for (String outsider : List.of(student, moderator, token("practitioner"))) {
            for (int i = 0; i < routes.size(); i++) {
                Response refused = routes.get(i).apply(outsider);
                assertEquals(404, refused.status(), "route " + i + ": " + refused);
                assertEquals(jakarta.json.JsonValue.ValueType.STRING, refused.json().get("message").getValueType());
            }
        }
        for (int i = 0; i < routes.size(); i++) {
            assertEquals(403, routes.get(i).apply(admin).status(), "administrators: route " + i);
            assertEquals(401, routes.get(i).apply(null).status(), "visitors: route " + i);
        }
        assertEquals(404, portal.get("/api/v1/plans/999999999", student).status());
        assertEquals(404, portal.get("/api/v1/plans/999999999", admin).status());

        Response overview = portal.get("/api/v1/plans/overview", admin);
        assertEquals(200, overview.status(), overview.toString());
        JsonObject listed = overview.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(1, listed.getInt("teamSize"));
        assertEquals(List.of("createdAt", "id", "teamSize", "templateId", "templateTitle"), listed.keySet().stream().sorted().toList(),
                "existence only: no participant, no contents");
        assertFalse(overview.body().contains("I cook for my street"));
        assertEquals(403, portal.get("/api/v1/plans/overview", moderator).status());
        Response page = portal.get("/plugins/plan-templates/overview", admin);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<td>" + id + "</td>"), "the overview page lists the plan");
        assertFalse(page.body().contains("I cook for my street") || page.body().contains("Sam Service-User</td>"), "and nothing in it");
        assertEquals(403, portal.get("/plugins/plan-templates/overview", moderator).status());
        assertEquals(403, portal.get("/plugins/plan-templates/plan?id=" + id, admin).status(), "administrators: the plan page is closed");
        assertEquals(404, portal.get("/plugins/plan-templates/plan?id=" + id, moderator).status());
        assertEquals(403, portal.get("/api/v1/plans/overview", student).status());

        assertFalse(portal.get("/api/v1/plans", student).body().contains("\"id\":" + id + ","), "not in the removed member's list");
        List<String> audit = portal.get("/api/v1/plans/" + id + "/audit", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action")).toList();
        assertTrue(audit.containsAll(List.of("plan.started", "plan.team-added", "plan.team-removed", "plan.entry-added")), audit.toString());
        assertFalse(portal.get("/api/v1/plans/" + id + "/audit", admin).body().contains("I cook"), "the audit holds no contents");
    }

    /** Every plan route, called as someone. */
    private List<Function<String, Response>> routes(long id, long section, long entry, long member) {
        String plan = "/api/v1/plans/" + id;
        return List.of(
                who -> portal.get(plan, who),
                who -> portal.get(plan + "/history", who),
                who -> portal.get(plan + "/pdf", who),
                who -> portal.post(plan + "/team", "{\"email\": \"student@example.org\", \"relationship\": \"Friend\"}", who),
                who -> portal.delete(plan + "/team/" + member, who),
                who -> portal.post(plan + "/sections/" + section + "/entries", "{\"text\": \"Let me in.\"}", who),
                who -> portal.put(plan + "/entries/" + entry, "{\"text\": \"Changed.\"}", who),
                who -> portal.delete(plan + "/entries/" + entry, who),
                who -> portal.put(plan + "/voice", "{\"feelsHeard\": \"yes\"}", who),
                who -> portal.put(plan + "/review", "{\"reviewDate\": \"" + LocalDate.now().plusDays(30) + "\"}", who),
                who -> portal.post(plan + "/sign-off", "", who));
    }

    @Test
    void theTeamIsRemindedOfTheReviewDateOnceThroughTheNotifier() {
        String priya = token("practitioner");
        String sam = token("serviceuser");
        String admin = token("admin");
        JsonObject plan = startPlan(publishedTemplate(priya), sam);
        long id = plan.getJsonNumber("id").longValue();
        LocalDate review = LocalDate.now().plusDays(20);
        assertEquals(200, portal.put("/api/v1/plans/" + id + "/review", "{\"reviewDate\": \"" + review + "\"}", sam).status());

        assertEquals(403, portal.post("/api/v1/plans/reminders", "{}", sam).status());
        portal.post("/api/v1/plans/reminders", "{\"today\": \"" + review.minusDays(8) + "\"}", admin);
        assertFalse(auditOf(id, sam).contains("plan.review-reminder-sent"), "not yet: more than a week ahead");
        Response run = portal.post("/api/v1/plans/reminders", "{\"today\": \"" + review.minusDays(7) + "\"}", admin);
        assertEquals(200, run.status(), run.toString());
        assertTrue(run.json().getInt("plans") >= 1, run.toString());
        assertTrue(auditOf(id, sam).contains("plan.review-reminder-sent"));
        portal.post("/api/v1/plans/reminders", "{\"today\": \"" + review.minusDays(6) + "\"}", admin);
        assertEquals(1, auditOf(id, sam).stream().filter("plan.review-reminder-sent"::equals).count(), "once per review date");
        assertTrue(portal.get("/api/v1/admin/mail?limit=200", admin).body().contains("A plan review is coming up"),
                "the reminder went through the notifier to the mail outbox");
        assertEquals(400, portal.post("/api/v1/plans/reminders", "{\"today\": \"soon\"}", admin).status());
    }

    private List<String> auditOf(long id, String participant) {
        return portal.get("/api/v1/plans/" + id + "/audit", participant).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("action")).toList();
    }

    @Test
    void disablingThePluginHidesItsPagesEndpointsAndMenuEntryAndKeepsItsData() {
        String admin = token("admin");
        String sam = token("serviceuser");
        JsonObject plan = startPlan(publishedTemplate(token("practitioner")), sam);
        long id = plan.getJsonNumber("id").longValue();
        assertEquals(201, portal.post("/api/v1/plans/" + id + "/sections/" + sectionId(plan, "strengths") + "/entries",
                "{\"text\": \"I still want this after the switch.\"}", sam).status());
        assertTrue(portal.get("/", sam).body().contains("href=\"/plugins/plan-templates/\""), "the menu entry, while on");
        try {
            Response off = portal.put("/api/v1/plugins/plan-templates", "{\"enabled\": false}", admin);
            assertEquals(200, off.status(), off.toString());
            assertEquals(404, portal.get("/api/v1/plans", sam).status());
            assertEquals(404, portal.get("/api/v1/plans/" + id, sam).status());
            assertEquals(404, portal.get("/api/v1/plan-templates", sam).status());
            assertEquals(404, portal.get("/plugins/plan-templates/", sam).status());
            assertEquals(404, portal.get("/plugins/plan-templates/plan?id=" + id, sam).status());
            assertFalse(portal.get("/", sam).body().contains("/plugins/plan-templates/"), "the menu entry is gone");
        } finally {
            assertEquals(200, portal.put("/api/v1/plugins/plan-templates", "{\"enabled\": true}", admin).status());
        }
        Response back = portal.get("/api/v1/plans/" + id, sam);
        assertEquals(200, back.status(), back.toString());
        assertTrue(back.body().contains("I still want this after the switch."), "its data is kept");
        assertEquals(200, portal.get("/plugins/plan-templates/plan?id=" + id, sam).status());
    }

    @Test
    void thePagesSpeakWelshToABrowserThatAsksForIt() {
        String sam = token("serviceuser");
        Response welsh = portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url("/plugins/plan-templates/")))
                .header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5").GET(), sam);
        assertEquals(200, welsh.status(), welsh.toString());
        assertTrue(welsh.body().contains("Fy nghynlluniau") && welsh.body().contains("Dechrau cynllun"), welsh.body());
        Response english = portal.get("/plugins/plan-templates/", sam);
        assertTrue(english.body().contains("My plans") && english.body().contains("Start a plan"));
        assertFalse(english.body().contains("Fy nghynlluniau"));
    }

    @Test
    void theOpenApiDocumentDescribesThePlansApi() {
        String openapi = portal.get("/openapi").body();
        for (String path : List.of("/api/v1/plan-templates", "/api/v1/plan-templates/{id}/publish", "/api/v1/plans",
                "/api/v1/plans/{id}", "/api/v1/plans/{id}/team", "/api/v1/plans/{id}/sections/{sectionId}/entries",
                "/api/v1/plans/{id}/sign-off", "/api/v1/plans/{id}/voice", "/api/v1/plans/{id}/pdf", "/api/v1/plans/overview",
                "feelsHeard", "supportStatus", "viewerIsParticipant", "teamSize")) {
            assertTrue(openapi.contains(path), "OpenAPI documents " + path);
        }
    }

    @Test
    void theDemoPlanBelongsToTheDemoServiceUserWithThePractitionerOnItsTeam() {
        String sam = token("serviceuser");
        List<JsonObject> plans = portal.get("/api/v1/plans", sam).jsonArray().getValuesAs(JsonObject.class);
        JsonObject demo = plans.stream().filter(p -> p.getString("templateTitle").equals("My support plan")).findFirst().orElseThrow();
        JsonObject plan = portal.get("/api/v1/plans/" + demo.getJsonNumber("id").longValue(), token("practitioner")).json();
        assertEquals("Sam Service-User", plan.getJsonObject("participant").getString("displayName"));
        assertTrue(plan.getJsonArray("team").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("displayName").equals("Priya Practitioner")));
    }
}
