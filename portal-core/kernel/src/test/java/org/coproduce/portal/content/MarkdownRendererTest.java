package org.coproduce.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    @Test
    void rendersTheUsualMarkdown() {
        String html = MarkdownRenderer.toSafeHtml("# Heading\n\nSome *emphasis* and **strong** text.\n\n- one\n- two\n\n> quoted");
        assertTrue(html.contains("<h3>Heading</h3>"), html);
        assertTrue(html.contains("<em>emphasis</em>") && html.contains("<strong>strong</strong>"), html);
        assertTrue(html.contains("<ul>") && html.contains("<li>one</li>"), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    @Test
    void linksGetSafeRelsAndAutolinksWork() {
        String html = MarkdownRenderer.toSafeHtml("See [SCIE](https://www.scie.org.uk/) or https://example.org/x");
        assertTrue(html.contains("href=\"https://www.scie.org.uk/\""), html);
        String rel = html.replaceAll("(?s).*? rel=\"([^\"]*)\".*", "$1");
        assertEquals(java.util.Set.of("nofollow", "ugc", "noopener", "noreferrer"), java.util.Set.of(rel.split(" ")), html);
        assertTrue(html.contains("href=\"https://example.org/x\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
    })
    void nothingExecutableSurvives(String attack) {
        String html = MarkdownRenderer.toSafeHtml(attack).toLowerCase();
        for (String forbidden : new String[] {"<script", "<img", "<iframe", "<div", " onerror=", " style=",
                "href=\"javascript", "href=\"data:"}) {
            assertFalse(html.contains(forbidden), forbidden + " in " + html);
        }
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertEquals("Heading\nSome emphasis.", MarkdownRenderer.toPlainText("# Heading\n\nSome *emphasis*."));
        assertEquals("", MarkdownRenderer.toSafeHtml(null));
        assertEquals("", MarkdownRenderer.toSafeHtml("   "));
    }
}
