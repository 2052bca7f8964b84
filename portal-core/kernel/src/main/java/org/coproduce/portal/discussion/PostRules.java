package org.coproduce.portal.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.coproduce.plugin.Problem;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.portal.common.Texts;

/** What makes a title, a body, tags and a category acceptable. Text is stored as typed; tags are normalised. */
public final class PostRules {

    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MAX = 5;
    public static final int TAG_MAX = 30;
    public static final int NOTICE_MAX = 500;
    public static final int CATEGORY_NAME_MAX = 80;
    public static final int CATEGORY_DESCRIPTION_MAX = 500;

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private PostRules() {
    }

    public static void title(Texts check, String title) {
        check.requireLine("title", title, "a title", TITLE_MAX);
    }

    public static void body(Texts check, String field, String body) {
        if (body == null || body.isBlank()) {
            check.problem(field, "Please write your message.");
        } else if (body.length() > BODY_MAX) {
            check.problem(field, "Your message can be at most " + BODY_MAX + " characters long (it has "
                    + body.length() + ").");
        }
    }

    /**
     * Tags lower-cased, without repeats, in the order given; records a message on {@code tags} when one is not
     * acceptable. Null means no tags.
     */
    /**
     * A tag to filter by, lower-cased; empty when none is given.
     *
     * @throws Problem (invalid) when it cannot be a tag
     */
    public static Optional<String> tagFilter(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String normal = tag.strip().toLowerCase(Locale.ROOT);
        if (normal.length() > TAG_MAX || !TAG.matcher(normal).matches()) {
            throw Problem.invalid(Map.of("tag", "A tag is a single word of letters and numbers, joined by hyphens "
                    + "if need be (like care-planning)."));
        }
        return Optional.of(normal);
    }

    public static List<String> tags(Texts check, List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            String normal = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (normal.isEmpty()) {
                continue;
            }
            if (normal.length() > TAG_MAX) {
                check.problem("tags", "A tag can be at most " + TAG_MAX + " characters long.");
            } else if (!TAG.matcher(normal).matches()) {
                check.problem("tags", "Tags are single words of letters and numbers, joined by hyphens if need be "
                        + "(like care-planning).");
            } else {
                result.add(normal);
            }
        }
        if (result.size() > TAGS_MAX) {
            check.problem("tags", "Please choose at most " + TAGS_MAX + " tags.");
        }
        return List.copyOf(result);
    }

    /** Tags typed in one box, separated by commas or spaces. */
    public static List<String> splitTags(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(List.of(typed.strip().split("[,\\s]+")));
    }

    public static void notice(Texts check, String notice) {
        if (notice != null && notice.length() > NOTICE_MAX) {
            check.problem("notice", "The notice can be at most " + NOTICE_MAX + " characters long.");
        }
    }

    public static void category(Texts check, String name, String description) {
        check.requireLine("name", name, "a name", CATEGORY_NAME_MAX);
        if (description == null || description.isBlank()) {
            check.problem("description", "Please describe what the category is for.");
        } else if (description.length() > CATEGORY_DESCRIPTION_MAX) {
            check.problem("description", "The description can be at most " + CATEGORY_DESCRIPTION_MAX
                    + " characters long.");
        }
    }
}
