package org.coproduce.plugins.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Access: whether the support for a need is in place, planned or missing. */
public enum SupportStatus {
    IN_PLACE("in-place", "Support in place"),
    PLANNED("planned", "Support planned"),
    MISSING("missing", "Support missing");

    private final String code;
    private final String label;

    SupportStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<SupportStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
