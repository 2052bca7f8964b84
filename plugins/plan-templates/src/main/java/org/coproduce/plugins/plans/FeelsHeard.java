package org.coproduce.plugins.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Voice: whether the participant feels heard in their plan, in their own answer. */
public enum FeelsHeard {
    YES("yes", "Yes, I feel heard"),
    PARTLY("partly", "Partly"),
    NO("no", "No, I do not feel heard yet");

    private final String code;
    private final String label;

    FeelsHeard(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FeelsHeard> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }
}
