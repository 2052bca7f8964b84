package org.coproduce.portal.story;

import java.util.Map;
import org.coproduce.plugin.Problem;

/** Numbers from addresses and query strings, with a message a person understands when they are not numbers. */
final class RequestNumbers {

    private RequestNumbers() {
    }

    /** A positive id; anything else is a 400 naming the parameter. */
    static long id(String value, String what) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Problem(Problem.Kind.INVALID, "invalid_id", "A " + what + " number is a whole number such as 12.");
    }

    /** An optional whole number (page, size) with a default. */
    static int optional(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(Map.of(field, "The " + field + " is a whole number such as 2."));
        }
    }
}
