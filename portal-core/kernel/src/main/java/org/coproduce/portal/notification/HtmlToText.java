package org.coproduce.portal.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML-only mail: scripts, styles and quoted mail ({@code blockquote}, Gmail's and Outlook's quote
 * blocks) left out, paragraphs, line breaks and list items as lines, tags removed and character references read.
 */
public final class HtmlToText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern DROPPED = Pattern.compile("<(head|style|script|title)\\b[^>]*>.*?</\\1\\s*>", FLAGS);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** The start of a quoted mail: everything from there on is the earlier mail. */
    private static final Pattern QUOTE_START = Pattern.compile("<(blockquote\\b[^>]*|div[^>]*class=\"[^\"]*(gmail_quote|"
            + "gmail_attr|yahoo_quoted|moz-cite-prefix)[^\"]*\"[^>]*|div[^>]*id=\"(divRplyFwdMsg|appendonsend)\"[^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile("</(p|div|h[1-6]|li|tr|ul|ol|table|pre)\\s*>|<(p|div|li|tr|hr)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026", "rsquo", "\u2019");

    private HtmlToText() {
    }

    public static String text(String html) {
        if (html == null) {
            return "";
        }
        String value = COMMENT.matcher(html).replaceAll("");
        value = DROPPED.matcher(value).replaceAll("");
        Matcher quote = QUOTE_START.matcher(value);
        if (quote.find()) {
            value = value.substring(0, quote.start());
        }
        value = value.replaceAll("\\s*\\n\\s*", " ");
        value = BREAK.matcher(value).replaceAll("\n");
        value = BLOCK_END.matcher(value).replaceAll("\n\n");
        value = TAG.matcher(value).replaceAll("");
        value = entities(value);
        StringBuilder out = new StringBuilder();
        for (String line : value.split("\n", -1)) {
            out.append(line.replaceAll("[ \\t\\u00a0]+", " ").strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String entities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            try {
                if (name.startsWith("#x") || name.startsWith("#X")) {
                    replacement = Character.toString(Integer.parseInt(name.substring(2), 16));
                } else if (name.startsWith("#")) {
                    replacement = Character.toString(Integer.parseInt(name.substring(1)));
                } else {
                    replacement = NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), matcher.group());
                }
            } catch (IllegalArgumentException e) {
                replacement = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
