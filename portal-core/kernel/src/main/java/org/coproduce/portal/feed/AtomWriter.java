package org.coproduce.portal.feed;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287): a feed id, title, updated time, self and alternate links, and entries
 * with id, title, link, author, updated time, summary and categories. All text is escaped by the XML writer.
 */
public final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String baseUrl;

    /** @param baseUrl the portal's public address without a trailing slash, for absolute ids and links */
    public AtomWriter(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Writes a feed.
     *
     * @param selfPath      the feed's own path, for example {@code /feeds/latest.atom}
     * @param alternatePath the page that shows the same content
     * @param title         the feed's title
     * @param items         the entries, any order (written newest first)
     */
    public void write(OutputStream out, String selfPath, String alternatePath, String title, List<FeedItem> items)
            throws XMLStreamException {
        List<FeedItem> newestFirst = items.stream().sorted(Comparator.comparing(FeedItem::updated).reversed()).toList();
        Instant updated = newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).updated();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", baseUrl + selfPath);
        element(xml, "title", title);
        element(xml, "updated", time(updated));
        link(xml, "self", baseUrl + selfPath, "application/atom+xml");
        link(xml, "alternate", baseUrl + alternatePath, "text/html");
        xml.writeStartElement("generator");
        xml.writeCharacters("Coproduce");
        xml.writeEndElement();
        for (FeedItem item : newestFirst) {
            entry(xml, item);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void entry(XMLStreamWriter xml, FeedItem item) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", baseUrl + "/feeds/entries/" + item.key());
        element(xml, "title", item.title());
        link(xml, "alternate", baseUrl + item.path(), "text/html");
        xml.writeStartElement("author");
        element(xml, "name", item.author());
        xml.writeEndElement();
        element(xml, "updated", time(item.updated()));
        if (!item.summary().isBlank()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(xmlSafe(item.summary()));
            xml.writeEndElement();
        }
        for (String category : item.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlSafe(category));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** Drops the characters XML 1.0 cannot carry at all (most control characters, lone surrogates). */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
