package org.coproduce.portal.web.cache;

import java.util.List;

/**
 * A page as it was sent to an anonymous reader: its body, the headers the page set, and the content generation
 * and time it was rendered at.
 */
public record CachedPage(byte[] body, List<Header> headers, long generation, long renderedAtNanos) {

    /** One response header. */
    public record Header(String name, String value) {
    }

    long weight() {
        return body.length + 64L * (headers.size() + 1);
    }
}
