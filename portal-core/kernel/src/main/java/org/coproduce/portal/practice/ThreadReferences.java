package org.coproduce.portal.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.plugin.Problem;

/**
 * Reads the discussion threads a person typed on the practice example form: thread numbers ({@code 5}) or links
 * to threads ({@code /discussions/thread?id=5}, with or without the site address), separated by commas, spaces or
 * new lines.
 */
final class ThreadReferences {

    static final String FIELD = "relatedThreadIds";

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://[^/\\s?#]+)?(?:/[^\\s?#]*)?/discussions/thread(?:\\.xhtml)?\\?(?:[^\\s#]*&(?:amp;)?)?id=([0-9]{1,18})(?:[&#]\\S*)?");

    private ThreadReferences() {
    }

    /** The thread ids in the order typed; a 400 naming the first entry that is neither a number nor a thread link. */
    static List<Long> parse(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String entry : text.strip().split("[\\s,]+")) {
            if (NUMBER.matcher(entry).matches()) {
                ids.add(Long.parseLong(entry));
                continue;
            }
            Matcher link = LINK.matcher(entry);
            if (link.matches()) {
                ids.add(Long.parseLong(link.group(1)));
                continue;
            }
            throw Problem.invalid(Map.of(FIELD, "\"" + shortened(entry) + "\" is not a thread number or a link to a "
                    + "thread. Please enter numbers such as 5, or links such as /discussions/thread?id=5."));
        }
        return ids;
    }

    private static String shortened(String entry) {
        return entry.length() <= 60 ? entry : entry.substring(0, 57) + "...";
    }
}
