package org.coproduce.portal.api;

import org.coproduce.plugin.Problem;

/** Checks on request bodies shared by the resources. */
final class Bodies {

    private Bodies() {
    }

    /** A missing body (or JSON {@code null}) is a 400 with a message, not a NullPointerException. */
    static <T> T required(T body) {
        if (body == null) {
            throw new Problem(Problem.Kind.INVALID, "body_missing", "Please send a JSON object in the request body.");
        }
        return body;
    }
}
