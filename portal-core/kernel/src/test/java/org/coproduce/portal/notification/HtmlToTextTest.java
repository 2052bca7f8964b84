package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** HTML-only replies turned into text. */
class HtmlToTextTest {

    @Test
    void paragraphsBreaksAndEntitiesBecomeText() {
        String html = "<html><head><style>p{color:red}</style><title>x</title></head><body>"
                + "<p>Thanks &amp; see you <b>Tuesday</b>.</p><div>Line one<br>Line&nbsp;two</div>"
                + "<ul><li>tea</li><li>caf&#233;</li></ul><script>alert(1)</script></body></html>";
        assertEquals("Thanks & see you Tuesday.\n\nLine one\nLine two\n\ntea\n\ncafé", HtmlToText.text(html));
    }

    @Test
    void quotedMailInBlockquoteOrGmailQuoteIsLeftOut() {
        assertEquals("Yes.", HtmlToText.text("<div dir=\"ltr\">Yes.</div><br><div class=\"gmail_quote\"><div "
                + "class=\"gmail_attr\">On Thu wrote:</div><blockquote>old words</blockquote></div>"));
        assertEquals("Agreed.", HtmlToText.text("<p>Agreed.</p><blockquote type=\"cite\">old</blockquote>"));
        assertEquals("Agreed.", HtmlToText.text("<p>Agreed.</p><div id=\"divRplyFwdMsg\">From: someone</div>"));
    }

    @Test
    void tagsInTextAreNeverKeptAsMarkup() {
        assertEquals("<script> is just words", HtmlToText.text("<p>&lt;script&gt; is just words</p>"));
        assertEquals("", HtmlToText.text(null));
    }
}
