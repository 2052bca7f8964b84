package org.coproduce.portal.discussion;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category as a listing shows it. */
@Schema(name = "Category")
public record CategoryView(
        long id,
        String name,
        @Schema(description = "What the category is for") String description,
        @Schema(description = "Readable by signed-in members only") boolean membersOnly,
        @Schema(description = "Order on the discussions page (lower first)") int position,
        long threadCount,
        @Schema(description = "When its newest thread or reply was written; left out without threads") Instant lastActivityAt,
        @Schema(description = "Whether the caller follows it (false for visitors)") boolean following) {
}
