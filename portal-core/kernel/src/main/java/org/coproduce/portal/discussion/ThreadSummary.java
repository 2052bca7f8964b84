package org.coproduce.portal.discussion;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A thread as a category's listing shows it. */
@Schema(name = "ThreadSummary")
public record ThreadSummary(
        long id,
        long categoryId,
        String title,
        List<String> tags,
        long authorId,
        String authorName,
        Instant createdAt,
        int replyCount,
        long viewCount,
        Instant lastActivityAt,
        boolean pinned,
        boolean locked) {
}
