package org.coproduce.portal.guidance.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the blocks of the XHTML that Tika produces for HTML and Word documents: {@code h1}-{@code h6}
 * become headings; paragraphs, list items, quotations and preformatted text become Markdown text. The
 * head (title, scripts, styles) is skipped. Stops with an error past a number of characters.
 */
public final class XhtmlBlocks extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "blockquote", "pre", "td", "th", "dt", "dd",
            "tr", "table", "ul", "ol", "section", "article", "header", "footer", "main", "aside", "nav", "body",
            "figcaption", "address");
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript", "template");

    private final int maxCharacters;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> lists = new ArrayDeque<>();
    private int headingLevel;
    private int skipping;
    private int preformatted;
    private int quoted;
    private String prefix = "";
    private long seen;

    public XhtmlBlocks(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    public List<Block> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping++;
            return;
        }
        if (skipping > 0) {
            return;
        }
        int level = headingLevel(name);
        if (level > 0) {
            flush();
            headingLevel = level;
        } else if ("br".equals(name)) {
            text.append('\n');
        } else if (BLOCKS.contains(name)) {
            flush();
            switch (name) {
                case "ul", "ol" -> lists.push(name);
                case "li" -> prefix = "  ".repeat(Math.max(0, lists.size() - 1)) + ("ol".equals(lists.peek()) ? "1. " : "- ");
                case "pre" -> preformatted++;
                case "blockquote" -> quoted++;
                default -> { }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping--;
            return;
        }
        if (skipping > 0) {
            return;
        }
        if (headingLevel(name) > 0 && headingLevel > 0) {
            String heading = text.toString().replaceAll("\\s+", " ").strip();
            text.setLength(0);
            if (!heading.isEmpty()) {
                blocks.add(Block.heading(headingLevel, heading));
            }
            headingLevel = 0;
        } else if (BLOCKS.contains(name)) {
            flush();
            switch (name) {
                case "ul", "ol" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                }
                case "pre" -> preformatted--;
                case "blockquote" -> quoted--;
                default -> { }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping > 0) {
            return;
        }
        seen += length;
        if (seen > maxCharacters) {
            throw new SAXException(new TooMuchText());
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipping == 0 && preformatted > 0) {
            text.append(ch, start, length);
        }
    }

    private void flush() {
        if (headingLevel > 0) {
            return;
        }
        String raw = text.toString();
        text.setLength(0);
        String body;
        if (preformatted > 0) {
            body = raw.isBlank() ? "" : "```\n" + raw.replaceAll("^\\n+|\\s+$", "") + "\n```";
        } else {
            body = raw.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n").strip();
        }
        if (body.isEmpty()) {
            return;
        }
        if (!prefix.isEmpty()) {
            body = prefix + body.replace("\n", " ");
            prefix = "";
            appendToList(body);
            return;
        }
        if (quoted > 0) {
            body = "> " + body.replace("\n", "\n> ");
        }
        blocks.add(Block.text(body));
    }

    /** List items of one list go in one text block, one item a line. */
    private void appendToList(String item) {
        if (!blocks.isEmpty() && !blocks.get(blocks.size() - 1).isHeading()
                && isListLine(lastLine(blocks.get(blocks.size() - 1).text()))) {
            Block last = blocks.remove(blocks.size() - 1);
            blocks.add(Block.text(last.text() + "\n" + item));
        } else {
            blocks.add(Block.text(item));
        }
    }

    private static boolean isListLine(String line) {
        return line.stripLeading().startsWith("- ") || line.stripLeading().matches("1\\. .*");
    }

    private static String lastLine(String text) {
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1);
    }

    private static int headingLevel(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    /** Thrown (inside a SAXException) when a document holds more text than is accepted. */
    public static final class TooMuchText extends RuntimeException {
        public TooMuchText() {
            super("too much text", null, false, false);
        }
    }
}
