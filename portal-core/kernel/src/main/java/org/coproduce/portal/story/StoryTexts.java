package org.coproduce.portal.story;

import java.util.regex.Pattern;
import org.coproduce.portal.common.Texts;

/** The limits and checks on what people write for stories and responses. */
public final class StoryTexts {

    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 20_000;
    public static final int RESPONSE_MAX = 5_000;
    public static final int REASON_MAX = 1_000;

    /** Control characters other than line breaks and tabs: never part of text a person typed. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private StoryTexts() {
    }

    /** Checks a story's title and body; throws a 400 naming each field that is not right. */
    public static void checkStory(String title, String body) {
        Texts check = new Texts();
        check.requireLine("title", title, "a title", TITLE_MAX);
        requireText(check, "body", body, "your story", BODY_MAX);
        check.throwIfAny();
    }

    /** Checks a longer text (several lines, Markdown): present, not too long, no control characters. */
    static void requireText(Texts check, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            check.problem(field, "Please write " + label + ".");
        } else if (value.length() > max) {
            check.problem(field, capitalise(label) + " can be at most " + String.format("%,d", max)
                    + " characters long; it has " + String.format("%,d", value.length()) + ".");
        } else if (CONTROL.matcher(value).find()) {
            check.problem(field, capitalise(label) + " contains invisible control characters. Please remove them.");
        }
    }

    private static String capitalise(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
