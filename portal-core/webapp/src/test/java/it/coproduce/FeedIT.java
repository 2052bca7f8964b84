package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feeds: valid, linked, and never showing what a visitor may not read. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theLatestFeedHoldsEveryKindOfPublicContent() throws Exception {
        List<String> links = links(feed("/feeds/latest.atom"));
        for (String kind : new String[] {"/discussions/thread?id=", "/stories/story?id=", "/guidance/document?id=",
                "/practice/example?id="}) {
            assertTrue(links.stream().anyMatch(l -> l.contains(kind)), kind + " in " + links);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"discussions", "stories", "guidance", "practice"})
    void eachKindHasAValidFeed(String kind) throws Exception {
        Document feed = feed("/feeds/" + kind + ".atom");
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        for (String required : new String[] {"id", "title", "updated"}) {
            assertEquals(1, children(root, required), "feed " + required);
        }
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0, kind + " has entries from the demo content");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : new String[] {"id", "title", "updated", "author", "link"}) {
                assertEquals(1, children(entry, required), kind + " entry " + required);
            }
        }
    }

    @Test
    void membersOnlyThreadsNeverReachAFeed() throws Exception {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        String body = Json.createObjectBuilder().add("name", "Feed test " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Members only, for FeedIT.").add("membersOnly", true).build().toString();
        long category = portal.post("/api/v1/categories", body, admin).json().getJsonNumber("id").longValue();
        String title = "Private matter " + UUID.randomUUID();
        Response started = portal.post("/api/v1/threads", Json.createObjectBuilder().add("categoryId", category)
                .add("title", title).add("body", "Only for members.").add("tags", Json.createArrayBuilder().add("private"))
                .build().toString(), admin);
        assertEquals(201, started.status(), started.toString());
        for (String path : new String[] {"/feeds/latest.atom", "/feeds/discussions.atom", "/feeds/tag/private.atom",
                "/feeds/category/" + category + ".atom"}) {
            assertFalse(portal.get(path).body().contains(title), path);
        }
    }

    @Test
    void aWithdrawnStoryLeavesTheFeedAtOnce() throws Exception {
        String author = portal.token("serviceuser@example.org", Portal.DEMO_PASSWORD);
        String moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        String title = "Feed story " + UUID.randomUUID();
        Response shared = portal.post("/api/v1/stories", Json.createObjectBuilder().add("title", title)
                .add("body", "What changed for me.").add("pseudonymous", true).build().toString(), author);
        assertEquals(201, shared.status(), shared.toString());
        long id = shared.json().getJsonNumber("id").longValue();
        assertFalse(portal.get("/feeds/stories.atom").body().contains(title), "not before a moderator approves it");
        assertEquals(200, portal.post("/api/v1/stories/" + id + "/approval", "", moderator).status());
        assertTrue(portal.get("/feeds/stories.atom").body().contains(title));
        assertEquals(200, portal.post("/api/v1/stories/" + id + "/withdrawal", "", author).status());
        assertFalse(portal.get("/feeds/stories.atom").body().contains(title));
        assertFalse(portal.get("/feeds/latest.atom").body().contains(title));
    }

    @Test
    void pagesLinkTheirFeedsAndUnknownFeedsAre404() {
        assertTrue(portal.get("/").body().contains("href=\"/feeds/latest.atom\""));
        assertEquals(404, portal.get("/feeds/nothing.atom").status());
        assertEquals(404, portal.get("/feeds/category/abc.atom").status());
    }

    private Document feed(String path) throws Exception {
        Response response = portal.get(path);
        assertEquals(200, response.status(), path);
        assertTrue(response.header("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> links(Document feed) {
        List<String> links = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element link = (Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "link").item(0);
            links.add(link.getAttribute("href"));
        }
        return links;
    }

    private static int children(Element parent, String name) {
        int count = 0;
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                count++;
            }
        }
        return count;
    }
}
