package org.coproduce.portal.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a feed.
 *
 * @param key        stable and unique across all sources, for example {@code thread-12} (becomes the entry id)
 * @param title      the entry's title
 * @param path       the page it links to, inside the portal (starting with {@code /})
 * @param author     the name shown as author (a pseudonym where the author chose one)
 * @param updated    when it last changed
 * @param summary    a plain-text summary
 * @param categories tags or categories
 */
public record FeedItem(String key, String title, String path, String author, Instant updated, String summary,
                       List<String> categories) {

    public FeedItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A feed item links to a path inside the portal: " + path);
        }
        author = author == null || author.isBlank() ? "Coproduce" : author;
        summary = summary == null ? "" : summary;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
