package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.audit.AuditLog;

/** Writes moderators' and administrators' actions to the audit log: what, about which object, why, before and after. */
@ApplicationScoped
public class ModerationAudit {

    /** The audit log's source for these entries. */
    public static final String SOURCE = "moderation";

    @Inject
    AuditLog log;

    /** One entry, in the caller's transaction. */
    public void record(Viewer actor, String action, String subjectType, long subjectId, String reason, String before,
            String after) {
        StringBuilder detail = new StringBuilder();
        detail.append("reason: ").append(reason == null || reason.isBlank() ? "(none given)" : reason.strip());
        if (before != null) {
            detail.append("\nbefore: ").append(before);
        }
        if (after != null) {
            detail.append("\nafter: ").append(after);
        }
        log.write(actor, SOURCE, action, subjectType, String.valueOf(subjectId), detail.toString());
    }
}
