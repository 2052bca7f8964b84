package org.coproduce.portal.feed;

import java.util.Optional;

/**
 * What a feed asks its sources for: everything, one discussion category, or one tag.
 *
 * @param categoryId a discussion category, or empty
 * @param tag        a tag (lower case), or empty
 * @param limit      at most this many items
 */
public record FeedQuery(Optional<Long> categoryId, Optional<String> tag, int limit) {

    public static FeedQuery all(int limit) {
        return new FeedQuery(Optional.empty(), Optional.empty(), limit);
    }
}
