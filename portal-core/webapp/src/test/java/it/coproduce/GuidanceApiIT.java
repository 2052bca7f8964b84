package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Multipart;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import it.coproduce.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The guidance library through the deployed portal: reading, importing each kind of file with Tika, publishing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceApiIT {

    private static final String MODERATOR = "moderator@example.org";
    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void visitorsReadPublishedGuidanceAndOlderVersions() {
        Response list = portal.get("/api/v1/guidance?tag=care-planning");
        assertEquals(200, list.status(), list.toString());
        JsonObject planning = list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("title").equals("Planning care and support together")).findFirst().orElseThrow();
        assertEquals(2, planning.getInt("version"));
        long id = planning.getJsonNumber("id").longValue();

        JsonObject latest = portal.get("/api/v1/guidance/" + id).json();
        assertEquals(2, latest.getInt("version"));
        assertEquals(3, latest.getJsonArray("sections").size());
        assertEquals("Review it together", latest.getJsonArray("sections").getJsonObject(2).getString("heading"));
        assertTrue(latest.getJsonArray("tags").contains(Json.createValue("carers")));
        JsonObject first = portal.get("/api/v1/guidance/" + id + "?version=1").json();
        assertEquals(1, first.getInt("version"));
        assertEquals(2, first.getInt("latestVersion"));
        assertEquals(2, first.getJsonArray("sections").size());
        assertEquals(404, portal.get("/api/v1/guidance/" + id + "?version=9").status());
        assertEquals(404, portal.get("/api/v1/guidance/999999999").status());

        Response page = portal.get("/guidance/document?id=" + id + "&version=1");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("You are reading version 1 of 2"), page.body());
        assertTrue(page.body().contains("read the latest version (2)"));
        Response listPage = portal.get("/guidance?tag=carers");
        assertEquals(200, listPage.status());
        assertTrue(listPage.body().contains("Planning care and support together"));
        assertFalse(listPage.body().contains("Recognising and paying people for their time"), "filtered by tag");
        assertEquals(404, portal.get("/guidance/document?id=999999999").status());
    }

    @Test
    void importsAPdfAndAWordDocumentIntoSections() {
        String token = moderator();
        byte[] pdf = TestDocuments.pdf("Working With Carers",
                "Who Carers Are", "Carers are family and friends who support someone without being paid.",
                "What Carers Need", "Information early, a break now and then, and to be asked what they know.");
        JsonObject fromPdf = importFile(token, "carers.pdf", "application/pdf", pdf, 201);
        assertEquals("Working With Carers", fromPdf.getString("title"));
        assertEquals(List.of("Who Carers Are", "What Carers Need"), headings(fromPdf));
        assertEquals("Carers are family and friends who support someone without being paid.",
                fromPdf.getJsonArray("sections").getJsonObject(0).getString("body"));
        assertEquals("carers.pdf", fromPdf.getString("sourceName"));

        byte[] docx = TestDocuments.docx("Peer Support Groups",
                "Setting Up", "Find a room people can reach.\n\nAgree ground rules together.",
                "Keeping Going", "Share the organising so no one burns out.");
        JsonObject fromDocx = importFile(token, "peer.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, 201);
        assertEquals("Peer Support Groups", fromDocx.getString("title"));
        assertEquals(List.of("Setting Up", "Keeping Going"), headings(fromDocx));
        assertEquals("Find a room people can reach.\n\nAgree ground rules together.",
                fromDocx.getJsonArray("sections").getJsonObject(0).getString("body"));
        JsonObject stored = portal.get("/api/v1/guidance/drafts/" + fromDocx.getJsonNumber("id"), token).json();
        assertEquals(fromDocx.getJsonArray("sections"), stored.getJsonArray("sections"));
    }

    @Test
    void importsMarkdownHtmlAndPlainText() {
        String token = moderator();
        JsonObject md = importFile(token, "guide.md", "text/markdown",
                utf8("# Budgets\n\nPersonal budgets in brief.\n\n## Direct payments\n\nMoney paid to you.\n\n## Managed budgets\n\nThe council holds it.\n"), 201);
        assertEquals("Budgets", md.getString("title"));
        assertEquals("Personal budgets in brief.", md.getString("summary"));
        assertEquals(List.of("Direct payments", "Managed budgets"), headings(md));

        JsonObject html = importFile(token, "page.html", "text/html", utf8("<!DOCTYPE html><html><head><title>Advocacy</title>"
                + "</head><body><h1>Advocacy</h1><p>Speaking up.</p><h2>Independent advocates</h2><p>They are on your side.</p>"
                + "<h2>Self-advocacy</h2><ul><li>Know your rights</li><li>Bring a friend</li></ul></body></html>"), 201);
        assertEquals("Advocacy", html.getString("title"));
        assertEquals(List.of("Independent advocates", "Self-advocacy"), headings(html));
        assertEquals("- Know your rights\n- Bring a friend", html.getJsonArray("sections").getJsonObject(1).getString("body"));

        JsonObject txt = importFile(token, "notes.txt", "text/plain", utf8("Getting Started With Co-production\n\n"
                + "1. Find Your Partners\nTalk to local groups first.\n\n2. Agree The Aims\nWrite them down together.\n"), 201);
        assertEquals("Getting Started With Co-production", txt.getString("title"));
        assertEquals(List.of("1. Find Your Partners", "2. Agree The Aims"), headings(txt));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        String token = moderator();
        JsonObject zip = importFile(token, "guidance.pdf", "application/pdf", zip(), 415);
        assertEquals("unsupported_file_type", zip.getString("error"));
        assertTrue(zip.getString("message").contains("a ZIP archive"), zip.toString());
        assertTrue(zip.getString("message").endsWith("or Word (.docx) file."), zip.toString());

        byte[] program = new byte[512];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, program, 0, 8);
        program[16] = 2;
        assertEquals("unsupported_file_type", importFile(token, "guidance.docx", "application/octet-stream", program, 415)
                .getString("error"));

        JsonObject broken = importFile(token, "broken.pdf", "application/pdf",
                Arrays.copyOf(TestDocuments.pdf("T", "H", "B."), 300), 400);
        assertEquals("file_unreadable", broken.getString("error"));
        assertEquals("validation_failed", importFile(token, "empty.md", "text/markdown", new byte[0], 400).getString("error"));
    }

    @Test
    void filesOverTenMegabytesAreRefused() {
        String token = moderator();
        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(justOver, (byte) 'a');
        JsonObject over = importFile(token, "big.txt", "text/plain", justOver, 413);
        assertEquals("file_too_large", over.getString("error"));
        assertTrue(over.getString("message").contains("10 MB"), over.toString());

        byte[] huge = new byte[12 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertEquals("too_large", importFile(token, "huge.txt", "text/plain", huge, 413).getString("error"));
    }

    @Test
    void publishThenPublishANewVersionAndReadBoth() {
        String token = moderator();
        JsonObject draft = importFile(token, "listening.md", "text/markdown",
                utf8("# Listening Well\n\n## Make time\n\nDo not rush.\n\n## Check back\n\nSay what you heard.\n"), 201);
        long draftId = draft.getJsonNumber("id").longValue();

        Response incomplete = portal.post("/api/v1/guidance/drafts/" + draftId + "/publication", "{}", token);
        assertEquals(400, incomplete.status(), "a summary is needed: " + incomplete);
        assertEquals("summary", incomplete.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        String tag = "listening-" + System.nanoTime();
        Response edited = portal.put("/api/v1/guidance/drafts/" + draftId, Json.createObjectBuilder()
                .add("title", "Listening well").add("summary", "How to listen so people feel heard.")
                .add("sections", draft.getJsonArray("sections"))
                .add("keyMessages", Json.createArrayBuilder().add("Slow down.").add("Check you understood."))
                .add("references", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "A guide to listening")
                        .add("url", "https://example.org/listening")))
                .add("tags", Json.createArrayBuilder().add(tag)).build().toString(), token);
        assertEquals(200, edited.status(), edited.toString());

        Response published = portal.post("/api/v1/guidance/drafts/" + draftId + "/publication", "{}", token);
        assertEquals(201, published.status(), published.toString());
        long documentId = published.json().getJsonNumber("id").longValue();
        assertEquals(1, published.json().getInt("version"));
        assertEquals(409, portal.post("/api/v1/guidance/drafts/" + draftId + "/publication", "{}", token).status(),
                "a draft is published once");

        JsonObject second = importFile(token, "listening-2.md", "text/markdown",
                utf8("# Listening well\n\nHow to listen, updated.\n\n## Make time\n\nDo not rush. Turn off your phone.\n"), 201);
        Response v2 = portal.post("/api/v1/guidance/drafts/" + second.getJsonNumber("id") + "/publication",
                "{\"documentId\": " + documentId + "}", token);
        assertEquals(201, v2.status(), v2.toString());
        assertEquals(2, v2.json().getInt("version"));
        assertEquals(documentId, v2.json().getJsonNumber("id").longValue());

        JsonObject latest = portal.get("/api/v1/guidance/" + documentId).json();
        assertEquals(2, latest.getInt("version"));
        assertEquals("Do not rush. Turn off your phone.", latest.getJsonArray("sections").getJsonObject(0).getString("body"));
        JsonObject first = portal.get("/api/v1/guidance/" + documentId + "?version=1").json();
        assertEquals(1, first.getInt("version"));
        assertEquals(List.of("Make time", "Check back"), headings(first));
        assertEquals("Slow down.", first.getJsonArray("keyMessages").getString(0));
        assertEquals("https://example.org/listening", first.getJsonArray("references").getJsonObject(0).getString("url"));
        assertEquals(0, portal.get("/api/v1/guidance?tag=" + tag).json().getInt("total"),
                "the tag was only on version 1: the list filters each document's latest version");
        assertEquals(List.of(tag), portal.get("/api/v1/guidance/" + documentId + "?version=1").json()
                .getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void onlyModeratorsImportAndPublish() {
        byte[] md = utf8("# T\n\n## S\n\nB\n");
        Response anonymous = portal.send(new Multipart().file("file", "g.md", "text/markdown", md)
                .post(portal.url("/api/v1/guidance/imports")), null);
        assertEquals(401, anonymous.status());

        String student = portal.token("student@example.org", Portal.DEMO_PASSWORD);
        Response member = portal.send(new Multipart().file("file", "g.md", "text/markdown", md)
                .post(portal.url("/api/v1/guidance/imports")), student);
        assertEquals(403, member.status(), member.toString());
        assertEquals("forbidden", member.json().getString("error"));

        long draftId = importFile(moderator(), "g.md", "text/markdown", md, 201).getJsonNumber("id").longValue();
        assertEquals(403, portal.post("/api/v1/guidance/drafts/" + draftId + "/publication", "{}", student).status());
        assertEquals(403, portal.get("/api/v1/guidance/drafts/" + draftId, student).status());
        assertEquals(403, portal.put("/api/v1/guidance/drafts/" + draftId, "{}", student).status());

        Response noFile = portal.send(new Multipart().field("other", "x").post(portal.url("/api/v1/guidance/imports")), moderator());
        assertEquals(400, noFile.status(), noFile.toString());
    }

    @Test
    void theImportPageIsForModeratorsAndItsFormsNeedTheToken() {
        Response visitor = portal.get("/guidance/import");
        assertEquals(302, visitor.status(), "visitors are sent to sign in");
        assertTrue(visitor.header("Location").orElse("").contains("/login?returnTo="));

        Response forged = portal.send(new Multipart().field("import", "import").file("import:file", "g.md", "text/markdown",
                utf8("# T\n")).post(portal.url("/guidance/import")), null);
        assertEquals(403, forged.status(), "a form without the session's token is refused");

        byte[] huge = new byte[12 * 1024 * 1024];
        Response tooLarge = portal.send(new Multipart().field("_csrf", "x").file("import:file", "big.txt", "text/plain", huge)
                .post(portal.url("/guidance/import")), null);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.body().contains("Files can be at most 10 MB"));
    }

    @Test
    void theOpenApiDocumentDescribesTheGuidanceEndpoints() {
        String openapi = portal.get("/openapi").body();
        for (String path : List.of("/api/v1/guidance:", "/api/v1/guidance/{id}:", "/api/v1/guidance/imports:",
                "/api/v1/guidance/drafts/{id}:", "/api/v1/guidance/drafts/{id}/publication:", "multipart/form-data",
                "keyMessages", "latestVersion")) {
            assertTrue(openapi.contains(path), "OpenAPI documents " + path);
        }
    }

    private String moderator() {
        return portal.token(MODERATOR, Portal.DEMO_PASSWORD);
    }

    private JsonObject importFile(String token, String name, String type, byte[] content, int expectedStatus) {
        Response response = portal.send(new Multipart().file("file", name, type, content)
                .post(portal.url("/api/v1/guidance/imports")), token);
        assertEquals(expectedStatus, response.status(), response.toString());
        return response.json();
    }

    private static List<String> headings(JsonObject document) {
        JsonArray sections = document.getJsonArray("sections");
        return sections.stream().map(s -> s.asJsonObject().getString("heading")).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(utf8("hello"));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
