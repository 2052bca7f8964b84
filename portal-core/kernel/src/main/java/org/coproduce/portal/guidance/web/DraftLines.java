package org.coproduce.portal.guidance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.portal.guidance.Reference;

/** Lists typed one item a line in the draft form: key messages, references (text, then an optional address), tags. */
public final class DraftLines {

    private static final Pattern TRAILING_URL = Pattern.compile("^(.*?)[\\s|–-]*\\s(https?://\\S+)\\s*$");

    private DraftLines() {
    }

    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /** One reference a line: its text, then (optionally) its web address at the end. */
    public static List<Reference> references(String text) {
        List<Reference> out = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher m = TRAILING_URL.matcher(line);
            if (m.matches() && !m.group(1).isBlank()) {
                out.add(new Reference(m.group(1).strip(), m.group(2)));
            } else if (line.matches("https?://\\S+")) {
                out.add(new Reference(line, line));
            } else {
                out.add(new Reference(line, null));
            }
        }
        return out;
    }

    public static String referencesText(List<Reference> references) {
        return String.join("\n", references.stream()
                .map(r -> r.url() == null || r.url().equals(r.text()) ? r.text() : r.text() + " " + r.url()).toList());
    }

    public static List<String> tags(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String tag : text.split(",")) {
                if (!tag.isBlank()) {
                    out.add(tag.strip());
                }
            }
        }
        return out;
    }
}
