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
        boolean locked,
        @Schema(description = "published, awaiting (waits for a moderator) or hidden; only authors and moderators see the last two") String state) {
}
