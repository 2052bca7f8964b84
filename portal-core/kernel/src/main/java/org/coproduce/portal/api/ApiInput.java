package org.coproduce.portal.api;

import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;

/**
 * Parameters and bodies of the JSON API, checked so that a missing body or a wrong type gets a 400 with a
 * message rather than an exception: the one place the resources read their ids, numbers and bodies through.
 */
public final class ApiInput {

    private ApiInput() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new Problem(Problem.Kind.INVALID, "body_missing", "Please send a JSON object in the request body.");
        }
        return body;
    }

    /** An id from the path: a whole number, else 400. */
    public static long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new Problem(Problem.Kind.INVALID, "validation_failed", "The " + name + " must be a whole number above 0.",
                List.of(new Problem.FieldMessage(name, "The " + name + " must be a whole number above 0.")), 0);
    }

    /** A whole number from the query string, or the default when absent. */
    public static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(Map.of(name, "The " + name + " must be a whole number."));
        }
    }

    /** A true/false field that must be present. */
    public static boolean flag(String name, Boolean value) {
        if (value == null) {
            throw Problem.invalid(Map.of(name, "Please say " + name + ": true or false."));
        }
        return value;
    }
}
