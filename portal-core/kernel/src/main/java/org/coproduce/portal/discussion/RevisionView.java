package org.coproduce.portal.discussion;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One edit with its line diff. */
@Schema(name = "Revision")
public record RevisionView(
        long id,
        long threadId,
        @Schema(description = "The edited reply; left out when the thread itself was edited") Long replyId,
        long editorId,
        String editorName,
        Instant editedAt,
        @Schema(description = "Title before the edit (thread edits only)") String oldTitle,
        @Schema(description = "Title after the edit (thread edits only)") String newTitle,
        String oldBody,
        String newBody,
        @Schema(description = "The body's lines: unchanged, removed or added") List<DiffLineView> diff) {

    /** One line of the diff. */
    @Schema(name = "DiffLine")
    public record DiffLineView(@Schema(enumeration = {"unchanged", "removed", "added"}) String change, String text) {
    }
}
