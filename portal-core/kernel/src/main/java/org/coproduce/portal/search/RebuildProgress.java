package org.coproduce.portal.search;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the last rebuild of the index is.
 *
 * @param state    IDLE (none since start), QUEUED, RUNNING (documents being written), FINISHING (every document
 *                 written, the new index being saved and put in place: a few seconds at a million posts), DONE (in
 *                 place: searches find every document; it is then merged into one segment while in use) or FAILED
 * @param done     documents written so far
 * @param total    documents to write (as counted at the start)
 * @param started  when it started (null before)
 * @param finished when it ended (null while running)
 * @param message  the reason of a failure, or what was rebuilt
 */
@jakarta.json.bind.annotation.JsonbNillable
public record RebuildProgress(
        @Schema(enumeration = {"IDLE", "QUEUED", "RUNNING", "FINISHING", "DONE", "FAILED"}) String state, long done,
        long total, Instant started, Instant finished, String message) {

    public static final RebuildProgress IDLE = new RebuildProgress("IDLE", 0, 0, null, null, "");

    /** Whether a rebuild is under way: writing documents or putting them in place. */
    public boolean underWay() {
        return "RUNNING".equals(state) || "FINISHING".equals(state);
    }

    /** Per cent done, 0 to 100. */
    public int percent() {
        return total == 0 ? ("DONE".equals(state) ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    /** Documents per second of a finished rebuild (0 otherwise). */
    public long docsPerSecond() {
        if (started == null || finished == null) {
            return 0;
        }
        long millis = Math.max(1, Duration.between(started, finished).toMillis());
        return done * 1000 / millis;
    }
}
