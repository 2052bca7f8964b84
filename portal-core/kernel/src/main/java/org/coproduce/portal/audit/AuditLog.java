package org.coproduce.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditEntry;

/** Writes and reads the audit log. An anonymous actor is recorded as the portal itself (background work). */
@ApplicationScoped
public class AuditLog {

    /** The name recorded when no member acts (background work). */
    public static final String PORTAL_ACTOR = "Coproduce";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    /** Writes an entry in the caller's transaction (or its own when there is none). */
    @Transactional
    public void write(Viewer actor, String source, String action, String subjectType, String subjectId,
            String detail) {
        em.persist(new AuditRecord(Instant.now(), actor.accountId().orElse(null),
                actor.signedIn() ? actor.displayName() : PORTAL_ACTOR, limit(source, 40, "source"),
                limit(action, 60, "action"), limit(subjectType, 40, "subjectType"), limit(subjectId, 60, "subjectId"),
                cut(detail == null ? "" : detail)));
    }

    /** The entries one source wrote about one object, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> about(String source, String subjectType, String subjectId) {
        return em.createQuery("SELECT r FROM AuditRecord r WHERE r.source = :source AND r.subjectType = :type"
                        + " AND r.subjectId = :id ORDER BY r.id", AuditRecord.class)
                .setParameter("source", source).setParameter("type", subjectType).setParameter("id", subjectId)
                .getResultStream().map(AuditRecord::toEntry).toList();
    }

    /**
     * One page of the log, newest first, filtered by actor (an account number, or part of a name), action (the
     * start of it, such as {@code thread.}), subject type and a time range (from inclusive, to exclusive); nulls
     * filter nothing. Two statements.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.coproduce.portal.common.PageOf<AuditEntry> search(String actor, String action, String subjectType,
            Instant from, Instant to, int page, int size) {
        int offset = org.coproduce.portal.common.PageOf.offset(page, size);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (actor != null && !actor.isBlank()) {
            String a = actor.strip();
            if (a.matches("\\d{1,18}")) {
                where.append(" AND r.actorId = :actorId");
                params.put("actorId", Long.parseLong(a));
            } else {
                where.append(" AND LOWER(r.actorName) LIKE :actorName");
                params.put("actorName", "%" + a.toLowerCase(java.util.Locale.ROOT) + "%");
            }
        }
        if (action != null && !action.isBlank()) {
            where.append(" AND r.action LIKE :action");
            params.put("action", action.strip() + "%");
        }
        if (subjectType != null && !subjectType.isBlank()) {
            where.append(" AND r.subjectType = :type");
            params.put("type", subjectType.strip());
        }
        if (from != null) {
            where.append(" AND r.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND r.at < :to");
            params.put("to", to);
        }
        var count = em.createQuery("SELECT COUNT(r) FROM AuditRecord r" + where, Long.class);
        var select = em.createQuery("SELECT r FROM AuditRecord r" + where + " ORDER BY r.at DESC, r.id DESC",
                AuditRecord.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<AuditEntry> items = select.setFirstResult(offset).setMaxResults(size).getResultStream()
                .map(AuditRecord::toEntry).toList();
        return new org.coproduce.portal.common.PageOf<>(items, page, size, count.getSingleResult());
    }

    private static String limit(String value, int max, String name) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("An audit entry's " + name + " is 1 to " + max + " characters: " + value);
        }
        return value;
    }

    static String cut(String detail) {
        if (detail.length() <= AuditRecord.DETAIL_LIMIT) {
            return detail;
        }
        int end = AuditRecord.DETAIL_LIMIT - 1;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--;
        }
        return detail.substring(0, end) + "…";
    }
}
