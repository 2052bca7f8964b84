package org.coproduce.plugin.notify;

import java.util.Objects;

/**
 * Something a member should hear about.
 *
 * @param recipientId the member's account id
 * @param kind        a stable name for the kind of notification, such as {@code plan.review-due}, used for the
 *                    member's preferences: lower-case words joined by dots or hyphens, at most 40 characters
 * @param subject     a short plain-text line (the mail's subject)
 * @param text        plain text saying what happened; it must hold nothing the recipient may not read
 * @param path        where to read more, a path in the portal starting with {@code /} (the core adds the base
 *                    URL), or empty
 * @since 1.1
 */
public record Notification(long recipientId, String kind, String subject, String text, String path) {

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        path = path == null ? "" : path;
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("A notification's path starts with /: " + path);
        }
    }
}
