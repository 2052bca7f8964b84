package org.coproduce.portal.content;

import java.util.Objects;

/**
 * A moderator decided about something a member wrote (raised inside the transaction of the decision). The
 * notifications feature tells the author; {@code reason} is the moderator's words for the author, or null when
 * the decision needs none (an approval).
 *
 * @param authorId    the member who wrote the content
 * @param contentType what was decided about, in the words of {@code POST /api/v1/reports}: story, thread, reply,
 *                    response, practice-example
 * @param contentId   its id
 * @param title       the words that name it for its author (a story's or thread's title)
 * @param decision    what was decided
 * @param reason      why, for the author; null for an approval
 * @param path        where the author can see it (a portal path), or null when it is no longer shown
 */
public record ModerationOutcome(long authorId, String contentType, long contentId, String title, Decision decision,
        String reason, String path) {

    /** What a moderator can decide about a member's content. */
    public enum Decision {
        APPROVED, REJECTED, HIDDEN, RESTORED, EDITED,
        /** Identifying details removed from a story (the words removed are not kept). */
        REDACTED
    }

    public ModerationOutcome {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(decision, "decision");
    }
}
