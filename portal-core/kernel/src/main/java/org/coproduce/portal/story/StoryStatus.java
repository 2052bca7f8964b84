package org.coproduce.portal.story;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a story is in moderation. Withdrawal is separate: any story can be withdrawn by its author. */
public enum StoryStatus {
    /** Shared, waiting for a moderator: seen by its author and moderators only. */
    PENDING("Waiting for a moderator"),
    /** Approved by a moderator: public unless withdrawn. */
    APPROVED("Published"),
    /** Not published, with a reason for the author. */
    REJECTED("Not published");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses an API value in any letter case. */
    public static Optional<StoryStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }
}
