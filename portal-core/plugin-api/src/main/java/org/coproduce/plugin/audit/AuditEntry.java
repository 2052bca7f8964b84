package org.coproduce.plugin.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: who did what to which object, when, and why.
 *
 * @param id          the entry's id (ascending in the order written)
 * @param at          when it happened
 * @param actorId     the member who did it, empty for the portal itself (background work)
 * @param actorName   the member's display name at that moment ("Coproduce" for the portal itself)
 * @param source      {@code core} or the id of the plugin that wrote it
 * @param action      what was done, a short lower-case verb phrase such as {@code plan.viewed}
 * @param subjectType the kind of object, such as {@code plan}
 * @param subjectId   the object's id
 * @param detail      what changed or why, in words; may be empty
 * @since 1.1
 */
public record AuditEntry(long id, Instant at, Optional<Long> actorId, String actorName, String source, String action,
        String subjectType, String subjectId, String detail) {
}
