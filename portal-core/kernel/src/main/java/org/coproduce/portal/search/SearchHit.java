package org.coproduce.portal.search;

import java.time.Instant;

/**
 * One result.
 *
 * @param snippet HTML: the text escaped, with only {@code <mark>} around the matched words
 */
public record SearchHit(String type, String id, String title, String url, String snippet, float score, Instant date) {
}
