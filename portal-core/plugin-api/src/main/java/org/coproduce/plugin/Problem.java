package org.coproduce.plugin;

import java.util.List;
import java.util.Map;

/**
 * Something a person asked for that cannot be done, with a message they can understand. The core turns
 * it into a 4xx JSON response ({@code {"error", "message", "fields"}}) for REST resources, core and plugin
 * alike, and pages show it as a form message. Throw it from services and resources.
 *
 * @since 1.0
 */
public class Problem extends RuntimeException {

    /** What kind of problem, which decides the HTTP status. */
    public enum Kind {
        INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410),
        TOO_LARGE(413), TOO_MANY_REQUESTS(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A message about one field of the input. */
    public record FieldMessage(String field, String message) {
    }

    private final Kind kind;
    private final String code;
    private final List<FieldMessage> fields;
    private final long retryAfterSeconds;

    public Problem(Kind kind, String code, String message) {
        this(kind, code, message, List.of(), 0);
    }

    public Problem(Kind kind, String code, String message, List<FieldMessage> fields, long retryAfterSeconds) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.fields = List.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A validation problem with a message per field, in the order the fields were checked. */
    public static Problem invalid(Map<String, String> fieldMessages) {
        List<FieldMessage> list = fieldMessages.entrySet().stream()
                .map(e -> new FieldMessage(e.getKey(), e.getValue())).toList();
        String summary = list.size() == 1 ? list.get(0).message()
                : "Please check " + list.size() + " answers: " + String.join("; ", list.stream().map(FieldMessage::message).toList());
        return new Problem(Kind.INVALID, "validation_failed", summary, list, 0);
    }

    public static Problem notFound(String message) {
        return new Problem(Kind.NOT_FOUND, "not_found", message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldMessage> fields() {
        return fields;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
