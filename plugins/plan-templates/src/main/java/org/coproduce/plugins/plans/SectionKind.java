package org.coproduce.plugins.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of section a plan template can hold; each kind decides what its entries carry. */
public enum SectionKind {
    STRENGTHS("strengths", "Strengths"),
    NEEDS("needs", "Needs"),
    GOALS("goals", "Goals and outcomes"),
    SUPPORTS("supports", "Supports and interventions"),
    TEAM("team", "Team members"),
    CONTINGENCY("contingency", "Contingency"),
    FREE_TEXT("free-text", "Free text");

    private final String code;
    private final String label;

    SectionKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The name used in the API, such as {@code free-text}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether each entry records whether the support for it is in place, planned or missing. */
    public boolean tracksSupport() {
        return this == NEEDS;
    }

    /** Whether each entry records who does it and when. */
    public boolean hasWhoAndWhen() {
        return this == SUPPORTS;
    }

    public static Optional<SectionKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }

    /** The codes, for messages: "strengths, needs, ...". */
    public static String codes() {
        return Arrays.stream(values()).map(SectionKind::code).collect(Collectors.joining(", "));
    }
}
