package org.coproduce.portal.discussion;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reply as a thread shows it. */
@Schema(name = "Reply")
public record ReplyView(
        long id,
        long threadId,
        @Schema(description = "Its place in the thread, from 1") long number,
        long authorId,
        String authorName,
        @Schema(description = "Markdown, exactly as written") String body,
        Instant createdAt,
        @Schema(description = "When it was last edited; left out if never") Instant editedAt,
        @Schema(description = "The quoted reply; left out when it quotes none") QuoteView quote,
        @Schema(description = "The language it is written in (en, cy); left out when not said") String language,
        @Schema(description = "For a reply a member of staff (the author) posted on someone's behalf: the person's "
                + "name or pseudonym; left out otherwise") String onBehalfOf,
        @Schema(description = "published, awaiting (waits for a moderator) or hidden; only authors and moderators see the last two") String state) {
}
