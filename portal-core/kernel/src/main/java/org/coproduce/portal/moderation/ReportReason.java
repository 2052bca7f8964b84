package org.coproduce.portal.moderation;

import java.util.Locale;

/** Why a member reports content, in the words of {@code POST /api/v1/reports}. */
public enum ReportReason {
    SPAM("spam"),
    ABUSE("abuse"),
    PERSONAL_INFORMATION("personal-information"),
    SAFEGUARDING("safeguarding"),
    OTHER("other");

    private final String word;

    ReportReason(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The reason a word names, or null. */
    public static ReportReason parse(String word) {
        if (word == null) {
            return null;
        }
        String normal = word.strip().toLowerCase(Locale.ROOT);
        for (ReportReason reason : values()) {
            if (reason.word.equals(normal)) {
                return reason;
            }
        }
        return null;
    }
}
