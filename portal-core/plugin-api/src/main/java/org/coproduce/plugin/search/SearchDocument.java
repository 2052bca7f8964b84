package org.coproduce.plugin.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.coproduce.plugin.ui.Audience;

/**
 * One of a plugin's objects as search shows it.
 *
 * @param id       the object's id within its type
 * @param title    the hit's title (weighted above the body)
 * @param body     plain text (not HTML); snippets are taken from it
 * @param path     the object's page, from the portal's root, such as {@code /plugins/plan/item?id=4}
 * @param audience who may find it: {@code EVERYONE}, {@code MEMBERS}, {@code MODERATORS} or {@code ADMINISTRATORS}
 *                 (the visibility rule; an object nobody else may read is not a document at all)
 * @param date     when it was published, for sorting by date and the year facet
 * @param tags     lower-case tags, for the tag facet (may be empty)
 * @since 1.1
 */
public record SearchDocument(String id, String title, String body, String path, Audience audience, Instant date,
                             List<String> tags) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(date, "date");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A search document's path starts with /.");
        }
        if (audience == Audience.VISITORS) {
            throw new IllegalArgumentException("Search documents are for EVERYONE, MEMBERS, MODERATORS or ADMINISTRATORS.");
        }
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
