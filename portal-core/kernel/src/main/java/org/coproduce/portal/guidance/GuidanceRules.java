package org.coproduce.portal.guidance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coproduce.portal.common.Texts;

/** What published guidance must be: checked when a draft is published, with a message per field. */
public final class GuidanceRules {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int HEADING_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int SECTIONS_MAX = 100;
    public static final int KEY_MESSAGE_MAX = 500;
    public static final int KEY_MESSAGES_MAX = 20;
    public static final int REFERENCE_MAX = 500;
    public static final int URL_MAX = 1000;
    public static final int REFERENCES_MAX = 50;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;

    private static final Pattern TAG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*");

    private GuidanceRules() {
    }

    /** Tags as stored: trimmed, lower case, spaces turned into hyphens, without repeats or blanks. */
    public static List<String> normalizeTags(List<String> tags) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank()) {
                    out.add(tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Checks a draft for publishing; throws a Problem with a message per field that is not right. */
    public static void requirePublishable(GuidanceContent content) {
        Texts texts = new Texts();
        texts.requireLine("title", content.title(), "a title", TITLE_MAX);
        if (content.summary() == null || content.summary().isBlank()) {
            texts.problem("summary", "Please write a short summary of what this guidance is about.");
        } else if (content.summary().length() > SUMMARY_MAX) {
            texts.problem("summary", "The summary can be at most " + SUMMARY_MAX + " characters long.");
        }
        checkStructure(texts, content);
        if (content.sections().isEmpty()) {
            texts.problem("sections", "Guidance needs at least one section with a heading.");
        }
        texts.throwIfAny();
    }

    /** Checks the sizes of what a draft holds (a draft may still be incomplete). */
    public static void requireStorable(GuidanceContent content) {
        Texts texts = new Texts();
        if (content.title() != null && content.title().length() > TITLE_MAX) {
            texts.problem("title", "The title can be at most " + TITLE_MAX + " characters long.");
        }
        if (content.summary() != null && content.summary().length() > SUMMARY_MAX) {
            texts.problem("summary", "The summary can be at most " + SUMMARY_MAX + " characters long.");
        }
        checkStructure(texts, content);
        texts.throwIfAny();
    }

    private static void checkStructure(Texts texts, GuidanceContent content) {
        if (content.sections().size() > SECTIONS_MAX) {
            texts.problem("sections", "Guidance can have at most " + SECTIONS_MAX + " sections.");
        }
        for (int i = 0; i < content.sections().size(); i++) {
            Section section = content.sections().get(i);
            String field = "sections[" + i + "]";
            if (section == null) {
                texts.problem(field, "Section " + (i + 1) + " is empty.");
                continue;
            }
            texts.requireLine(field + ".heading", section.heading(), "a heading for section " + (i + 1), HEADING_MAX);
            if (section.body() != null && section.body().length() > BODY_MAX) {
                texts.problem(field + ".body", "The text of section " + (i + 1) + " can be at most " + BODY_MAX
                        + " characters long; please split it into more sections.");
            }
        }
        if (content.keyMessages().size() > KEY_MESSAGES_MAX) {
            texts.problem("keyMessages", "Guidance can have at most " + KEY_MESSAGES_MAX + " key messages.");
        }
        for (int i = 0; i < content.keyMessages().size(); i++) {
            String message = content.keyMessages().get(i);
            texts.requireLine("keyMessages[" + i + "]", message, "key message " + (i + 1), KEY_MESSAGE_MAX);
        }
        if (content.references().size() > REFERENCES_MAX) {
            texts.problem("references", "Guidance can have at most " + REFERENCES_MAX + " references.");
        }
        for (int i = 0; i < content.references().size(); i++) {
            Reference reference = content.references().get(i);
            String field = "references[" + i + "]";
            if (reference == null) {
                texts.problem(field, "Reference " + (i + 1) + " is empty.");
                continue;
            }
            texts.requireLine(field + ".text", reference.text(), "the text of reference " + (i + 1), REFERENCE_MAX);
            if (reference.url() != null && !reference.url().isBlank() && !isWebAddress(reference.url())) {
                texts.problem(field + ".url", "The address of reference " + (i + 1)
                        + " must be a web address starting with http:// or https://.");
            }
        }
        if (content.tags().size() > TAGS_MAX) {
            texts.problem("tags", "Guidance can have at most " + TAGS_MAX + " tags.");
        }
        for (String tag : content.tags()) {
            if (tag.length() > TAG_MAX || !TAG.matcher(tag).matches()) {
                texts.problem("tags", "Tags are single words or words joined by hyphens (like \"care-planning\"), "
                        + "at most " + TAG_MAX + " characters each.");
            }
        }
    }

    static boolean isWebAddress(String url) {
        if (url.length() > URL_MAX || Texts.hasControlCharacters(url) || url.contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
