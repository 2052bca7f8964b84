package org.coproduce.portal.feed;

import java.util.List;

/**
 * A kind of content that appears in feeds. Implemented by a bean of the content's package.
 */
public interface FeedSource {

    /** The kind, which names its own feed: {@code discussions}, {@code stories}, {@code guidance}, {@code practice}. */
    String kind();

    /** A plain-language name for the kind, for the feed title ("Stories"). */
    String title();

    /**
     * The newest public items matching {@code query}, newest first. A source that has nothing for the query
     * (for example stories when a discussion category is asked for) returns an empty list.
     */
    List<FeedItem> latest(FeedQuery query);
}
