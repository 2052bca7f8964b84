package org.coproduce.portal.assisted;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the person gave their consent to a post made on their behalf. */
public enum ConsentMethod {
    PHONE("phone", "By phone"),
    PAPER_FORM("paper-form", "On a paper form"),
    IN_PERSON("in-person", "In person");

    private final String code;
    private final String label;

    ConsentMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value in the JSON API and in forms, for example {@code paper-form}. */
    public String code() {
        return code;
    }

    /** A plain-language label (English; pages translate it through the server-messages catalogue). */
    public String label() {
        return label;
    }

    /** Parses {@code paper-form}, {@code PAPER_FORM}, {@code paper form} in any letter case. */
    public static Optional<ConsentMethod> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst();
    }
}
