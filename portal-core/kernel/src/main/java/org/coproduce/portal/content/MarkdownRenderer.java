package org.coproduce.portal.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.coproduce.portal.common.WeighedLru;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns Markdown that people write into HTML that is safe to put in a page. commonmark-java renders it
 * (raw HTML in the text is escaped, not passed through) and the OWASP HTML sanitizer keeps only an allowlist
 * of elements and attributes on top. The Markdown itself is stored exactly as written; this runs on output.
 * Headings are shifted down two levels ({@code #} becomes {@code h3}) so they fit under the page's own.
 * Results are kept in a bounded cache keyed by the text itself, so a thread page renders each post once, and an
 * edit (new text) simply misses it.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).softbreak("<br />").build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "hr",
                    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .toFactory();

    /** About 16 MB of characters, source and HTML counted together. */
    private static final WeighedLru<String, String> RENDERED = new WeighedLru<>(8_000_000,
            html -> html.length() + 64L);

    private MarkdownRenderer() {
    }

    /** Safe HTML for {@code markdown} (empty for null). */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String cached = RENDERED.get(markdown);
        if (cached == null) {
            cached = POLICY.sanitize(RENDERER.render(PARSER.parse(shiftHeadings(markdown))));
            RENDERED.put(markdown, cached);
        }
        return cached;
    }

    /** Plain text for {@code markdown}: what feeds' summaries and search snippets show. */
    public static String toPlainText(String markdown) {
        if (markdown == null) {
            return "";
        }
        return new org.commonmark.renderer.text.TextContentRenderer.Builder().build()
                .render(PARSER.parse(markdown)).strip();
    }

    private static String shiftHeadings(String markdown) {
        return markdown.replaceAll("(?m)^(\\s{0,3})(#{1,4})(\\s)", "$1##$2$3");
    }
}
