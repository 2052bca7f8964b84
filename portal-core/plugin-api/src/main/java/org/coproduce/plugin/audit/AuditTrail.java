package org.coproduce.plugin.audit;

import java.util.List;

/**
 * Injectable: the portal's audit log, which nobody can edit. Plugins record every view and change of private
 * records (plans, payments) here; the actor is the viewer of the current request, or the portal itself for
 * background work.
 *
 * @since 1.1
 */
public interface AuditTrail {

    /**
     * Writes an entry in the caller's transaction, so it commits or rolls back with the change it describes
     * (a transaction is started for a plain view).
     *
     * @param action      a short lower-case verb phrase, at most 60 characters, such as {@code plan.viewed}
     * @param subjectType the kind of object, at most 40 characters
     * @param subjectId   the object's id, at most 60 characters
     * @param detail      what changed or why, in words (may be empty; long text is cut at 2,000 characters)
     */
    void record(String action, String subjectType, String subjectId, String detail);

    /** The entries about one object, oldest first, written by the calling plugin (or the core). */
    List<AuditEntry> about(String subjectType, String subjectId);
}
