package org.coproduce.portal.practice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How closely the people who use services and the organisation work together, from least to most. */
public enum PartnershipLevel {
    COORDINATION("Co-ordination", "Organisations keep each other informed and line up what they do, but each still "
            + "decides on its own."),
    COOPERATION("Co-operation", "People and organisations help each other towards goals they share, while the "
            + "organisation still holds the decisions."),
    COLLABORATION("Collaboration", "People who use services, carers and staff plan and decide together on parts of "
            + "the work."),
    COPRODUCTION("Co-production", "People who use services and carers are equal partners from the start: they design, "
            + "decide, deliver and review the service with staff, sharing power and responsibility.");

    private final String label;
    private final String meaning;

    PartnershipLevel(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** A label for pages, for example "Co-production". */
    public String label() {
        return label;
    }

    /** What the level means, in plain words. */
    public String meaning() {
        return meaning;
    }

    /** Parses an API value: COPRODUCTION, coproduction, co-production, Co-production. */
    public static Optional<PartnershipLevel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        return Arrays.stream(values()).filter(l -> l.name().equals(wanted)).findFirst();
    }
}
