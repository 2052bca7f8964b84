package org.coproduce.portal.notification;

import java.util.List;
import org.coproduce.portal.common.HtmlText;

/** The words of notification mails, as plain text and as HTML (every text escaped), in the member's language. */
final class NotificationMails {

    /** One mail: subject, plain text, HTML. */
    record Mail(String subject, String text, String html) {
    }

    /** One item of a mail: what happened and where to read it (an absolute address, or empty). */
    record Item(String subject, String text, String url) {
    }

    private NotificationMails() {
    }

    /**
     * A mail about one notification.
     *
     * @param replyable whether replying to the mail posts a reply (the mail has a reply-by-email address)
     */
    static Mail single(MailWords words, String name, Item item, String settingsUrl, String unsubscribeUrl,
            String kindLabel, boolean replyable) {
        StringBuilder text = new StringBuilder(words.format("mail.hello", name)).append("\n\n")
                .append(item.text().strip()).append('\n');
        StringBuilder html = start(words).append("<p>").append(HtmlText.escape(words.format("mail.hello", name)))
                .append("</p>").append(paragraphs(item.text()));
        if (!item.url().isEmpty()) {
            text.append('\n').append(words.get("mail.readMore")).append(": ").append(item.url()).append('\n');
            html.append("<p><a href=\"").append(HtmlText.escape(item.url())).append("\">")
                    .append(HtmlText.escape(words.get("mail.readMore"))).append("</a></p>");
        }
        if (replyable) {
            text.append('\n').append(words.get("mail.replyHint")).append('\n');
            html.append("<p>").append(HtmlText.escape(words.get("mail.replyHint"))).append("</p>");
        }
        footer(words, text, html, settingsUrl, unsubscribeUrl, kindLabel);
        return new Mail(oneLine(item.subject()), text.toString(), html.toString());
    }

    /** A digest of several notifications; {@code period} is "daily" or "weekly". */
    static Mail digest(MailWords words, String name, String period, List<Item> items, String settingsUrl,
            String unsubscribeUrl) {
        String subject = words.format("mail.digest.subject." + period, items.size());
        StringBuilder text = new StringBuilder(words.format("mail.hello", name)).append("\n\n")
                .append(words.get("mail.digest.intro")).append('\n');
        StringBuilder html = start(words).append("<p>").append(HtmlText.escape(words.format("mail.hello", name)))
                .append("</p><p>").append(HtmlText.escape(words.get("mail.digest.intro"))).append("</p><ul>");
        for (Item item : items) {
            text.append("\n* ").append(oneLine(item.subject())).append('\n').append(indent(item.text().strip())).append('\n');
            html.append("<li><p><strong>").append(HtmlText.escape(oneLine(item.subject()))).append("</strong></p>")
                    .append(paragraphs(item.text()));
            if (!item.url().isEmpty()) {
                text.append("  ").append(item.url()).append('\n');
                html.append("<p><a href=\"").append(HtmlText.escape(item.url())).append("\">")
                        .append(HtmlText.escape(words.get("mail.readMore"))).append("</a></p>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
        footer(words, text, html, settingsUrl, unsubscribeUrl, words.get("mail.digest.label." + period));
        return new Mail(oneLine(subject), text.toString(), html.toString());
    }

    private static StringBuilder start(MailWords words) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"").append(words.language().code()).append("\"><body>");
    }

    private static void footer(MailWords words, StringBuilder text, StringBuilder html, String settingsUrl,
            String unsubscribeUrl, String kindLabel) {
        String because = words.format("mail.footer.because", kindLabel);
        text.append("\n-- \n").append(because).append('\n')
                .append(words.get("mail.footer.stop")).append(": ").append(unsubscribeUrl).append('\n')
                .append(words.get("mail.footer.choose")).append(": ").append(settingsUrl).append('\n');
        html.append("<hr/><p>").append(HtmlText.escape(because)).append(" <a href=\"").append(HtmlText.escape(unsubscribeUrl))
                .append("\">").append(HtmlText.escape(words.get("mail.footer.stop"))).append("</a> · <a href=\"")
                .append(HtmlText.escape(settingsUrl)).append("\">").append(HtmlText.escape(words.get("mail.footer.choose")))
                .append("</a></p></body></html>");
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(HtmlText.escape(paragraph.strip()).replace("\n", "<br/>")).append("</p>");
        }
        return html.toString();
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
