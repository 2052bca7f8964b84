package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import org.coproduce.portal.content.MarkdownRenderer;

/** What the discussion pages need to show text: safe HTML from Markdown, and readable times. */
@Named("forumText")
@ApplicationScoped
public class ForumText {


    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    public String when(Instant instant) {
        return org.coproduce.portal.preferences.LocalDates.dateTime(instant);
    }

    /** The first {@code max} characters of the plain text, for quotes. */
    public String excerpt(String markdown, int max) {
        String text = MarkdownRenderer.toPlainText(markdown);
        return text.length() <= max ? text : text.substring(0, max).strip() + "…";
    }
}
