package org.coproduce.portal.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a person takes part in the co-production network; chosen at registration, shown on the profile. */
public enum NetworkRole {
    PRACTITIONER("practitioner", "Practitioner (social worker, provider)"),
    SERVICE_USER("service-user", "Person who uses services"),
    CARER("carer", "Carer"),
    STUDENT("student", "Student"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    NetworkRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value used in the JSON API, for example {@code service-user}. */
    public String code() {
        return code;
    }

    /** A plain-language label for pages. */
    public String label() {
        return label;
    }

    /** Parses an API value; accepts {@code service-user}, {@code service_user} and any letter case. */
    public static Optional<NetworkRole> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst();
    }
}
