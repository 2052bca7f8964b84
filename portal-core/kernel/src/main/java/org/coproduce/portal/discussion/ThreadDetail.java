package org.coproduce.portal.discussion;

import java.time.Instant;
import java.util.List;
import org.coproduce.portal.common.PageOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A thread with one page of its replies. */
@Schema(name = "Thread")
public record ThreadDetail(
        long id,
        long categoryId,
        String categoryName,
        boolean membersOnly,
        String title,
        @Schema(description = "Markdown, exactly as written") String body,
        @Schema(description = "The language it is written in (en, cy); left out when not said") String language,
        List<String> tags,
        long authorId,
        String authorName,
        Instant createdAt,
        Instant editedAt,
        Instant lastActivityAt,
        int replyCount,
        long viewCount,
        boolean pinned,
        boolean locked,
        @Schema(description = "The moderators' notice shown while the thread is locked; left out if none") String lockNotice,
        @Schema(description = "Whether the caller follows the thread") boolean following,
        @Schema(description = "One page of replies, oldest first") PageOf<ReplyView> replies,
        @Schema(description = "published, awaiting (waits for a moderator) or hidden; only authors and moderators see the last two") String state,
        @Schema(description = "The moderators' reason, for the author, when the thread was turned down or hidden") String moderationReason) {

    /** The same thread with its view count raised by one (the view just recorded). */
    public ThreadDetail viewedOnceMore() {
        return new ThreadDetail(id, categoryId, categoryName, membersOnly, title, body, language, tags, authorId, authorName,
                createdAt, editedAt, lastActivityAt, replyCount, viewCount + 1, pinned, locked, lockNotice, following,
                replies, state, moderationReason);
    }
}
