package org.coproduce.portal.notification;

import java.util.List;
import org.coproduce.portal.common.HtmlText;

/** The words of notification mails, as plain text and as HTML (every text escaped). */
final class NotificationMails {

    /** One mail: subject, plain text, HTML. */
    record Mail(String subject, String text, String html) {
    }

    /** One item of a mail: what happened and where to read it (an absolute address, or empty). */
    record Item(String subject, String text, String url) {
    }

    private NotificationMails() {
    }

    static Mail single(String name, Item item, String settingsUrl, String unsubscribeUrl, String kindLabel) {
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\n").append(item.text().strip()).append('\n');
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body><p>Hello ")
                .append(HtmlText.escape(name)).append(",</p>").append(paragraphs(item.text()));
        if (!item.url().isEmpty()) {
            text.append("\nRead more: ").append(item.url()).append('\n');
            html.append("<p><a href=\"").append(HtmlText.escape(item.url())).append("\">Read more</a></p>");
        }
        footer(text, html, settingsUrl, unsubscribeUrl, kindLabel);
        return new Mail(oneLine(item.subject()), text.toString(), html.toString());
    }

    static Mail digest(String name, String period, List<Item> items, String settingsUrl, String unsubscribeUrl,
            String kindLabel) {
        String subject = "Your " + period + " digest from Coproduce: " + items.size() + (items.size() == 1 ? " update" : " updates");
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\nHere is what happened:\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body><p>Hello ")
                .append(HtmlText.escape(name)).append(",</p><p>Here is what happened:</p><ul>");
        for (Item item : items) {
            text.append("\n* ").append(oneLine(item.subject())).append('\n').append(indent(item.text().strip())).append('\n');
            html.append("<li><p><strong>").append(HtmlText.escape(oneLine(item.subject()))).append("</strong></p>")
                    .append(paragraphs(item.text()));
            if (!item.url().isEmpty()) {
                text.append("  ").append(item.url()).append('\n');
                html.append("<p><a href=\"").append(HtmlText.escape(item.url())).append("\">Read more</a></p>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
        footer(text, html, settingsUrl, unsubscribeUrl, kindLabel);
        return new Mail(subject, text.toString(), html.toString());
    }

    private static void footer(StringBuilder text, StringBuilder html, String settingsUrl, String unsubscribeUrl,
            String kindLabel) {
        text.append("\n-- \nYou get this because of your setting \"").append(kindLabel).append("\".\n")
                .append("Stop these emails: ").append(unsubscribeUrl).append('\n')
                .append("Choose what you hear about: ").append(settingsUrl).append('\n');
        html.append("<hr/><p>You get this because of your setting \u201c").append(HtmlText.escape(kindLabel))
                .append("\u201d. <a href=\"").append(HtmlText.escape(unsubscribeUrl))
                .append("\">Stop these emails</a> · <a href=\"").append(HtmlText.escape(settingsUrl))
                .append("\">Choose what you hear about</a></p></body></html>");
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
