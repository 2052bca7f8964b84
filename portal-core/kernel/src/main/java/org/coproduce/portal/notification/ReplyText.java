package org.coproduce.portal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a member wrote in a reply by email, without what their mail program added: the quoted mail ("On ... wrote:"
 * and everything after it, lines starting with "&gt;", Outlook's "From:/Sent:" block and "Original Message" line),
 * the signature (from a "-- " line on) and mobile footers ("Sent from my iPhone" and the like), in English and Welsh.
 */
public final class ReplyText {

    /** "On Tue, 3 Nov 2026 at 10:02, Coproduce wrote:" (possibly over two lines), and the Welsh "Ar ... ysgrifennodd:". */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(on|ar|le|el|am)\\b.{0,300}(\\b(wrote|schrieb|a écrit|escribió)|\\bysgrifennodd\\b.{0,150})\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STARTS = Pattern.compile("^\\s*(on|ar|le|el|am)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile(
            "^\\s*(-{2,}\\s*(original message|forwarded message|neges wreiddiol)\\s*-{2,}|_{10,})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(from|oddi wrth|gan)\\s*:\\*?\\s+.+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("^\\s*\\*?(sent|date|to|subject|anfonwyd|at|pwnc)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE = Pattern.compile("^\\s*(sent from (my )?(iphone|ipad|android|samsung|mobile|"
            + "galaxy|phone|blackberry|huawei|pixel|outlook|mail for windows|yahoo mail|proton ?mail)|sent from outlook for "
            + "(ios|android)|get outlook for (ios|android)|sent via .{1,40}|sent using .{1,40}|sent on the go|"
            + "anfonwyd o fy .{1,40}|anfonwyd o .{1,40})\\b.*$", Pattern.CASE_INSENSITIVE);

    private ReplyText() {
    }

    /** The member's own words from a reply's plain text, or empty when nothing of their own is left. */
    public static String clean(String mail) {
        if (mail == null) {
            return "";
        }
        String[] lines = mail.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if ("--".equals(trimmed) || line.equals("-- ") || ORIGINAL.matcher(line).matches()
                    || MOBILE.matcher(line).matches()) {
                break;
            }
            if (attribution(line) || (i + 1 < lines.length && STARTS.matcher(line).find()
                    && attribution(line + " " + lines[i + 1]))) {
                break;
            }
            if (OUTLOOK_FROM.matcher(line).matches() && i + 1 < lines.length && OUTLOOK_NEXT.matcher(lines[i + 1]).matches()) {
                break;
            }
            if (trimmed.startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        return tidy(kept);
    }

    private static boolean attribution(String text) {
        return text.length() <= 400 && ATTRIBUTION.matcher(text).matches();
    }

    /** Joins the lines without blank lines at the start or end, and with at most one blank line in a row. */
    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blank = out.length() > 0;
                continue;
            }
            if (blank) {
                out.append("\n\n");
            } else if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line);
            blank = false;
        }
        return out.toString();
    }
}
