package org.coproduce.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomWriterTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void writesAValidAtomFeedNewestFirst() throws Exception {
        FeedItem older = new FeedItem("thread-1", "Older & wiser <b>", "/discussions/thread?id=1", "Priya",
                Instant.parse("2026-01-01T10:00:00Z"), "First summary", List.of("carers"));
        FeedItem newer = new FeedItem("story-2", "Newer", "/stories/story?id=2", null,
                Instant.parse("2026-02-01T10:00:00.123456Z"), "", List.of());
        Document feed = write(List.of(older, newer));

        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("http://localhost:9080/feeds/latest.atom", text(root, "id"));
        assertEquals("Latest", text(root, "title"));
        assertEquals("2026-02-01T10:00:00Z", text(root, "updated"), "the feed is as new as its newest entry");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("Newer", text(first, "title"));
        assertEquals("Coproduce", text(first, "name"), "an entry always has an author");
        Element second = (Element) entries.item(1);
        assertEquals("Older & wiser <b>", text(second, "title"), "text is escaped, not markup");
        assertEquals("http://localhost:9080/discussions/thread?id=1",
                ((Element) second.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        assertEquals("carers", ((Element) second.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"));
        assertEquals(0, first.getElementsByTagNameNS(ATOM, "summary").getLength(), "no empty summary");
    }

    @Test
    void everyRequiredElementIsThere() throws Exception {
        Element root = write(List.of(new FeedItem("k", "t", "/", "a", Instant.now(), "s", List.of()))).getDocumentElement();
        for (String required : new String[] {"id", "title", "updated", "link"}) {
            assertTrue(root.getElementsByTagNameNS(ATOM, required).getLength() > 0, required);
        }
        Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        for (String required : new String[] {"id", "title", "updated", "author", "link"}) {
            assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), required);
        }
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws Exception {
        Document feed = write(List.of(new FeedItem("k", "bad\u0000title\u0007", "/", "a", Instant.now(), "x\u0001y", List.of())));
        Element entry = (Element) feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("badtitle", text(entry, "title"));
        assertFalse(AtomWriter.xmlSafe("a\uD800b").contains("\uD800"));
    }

    private static Document write(List<FeedItem> items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AtomWriter("http://localhost:9080").write(out, "/feeds/latest.atom", "/", "Latest", items);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
