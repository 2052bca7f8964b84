package org.coproduce.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.coproduce.plugin.audit.AuditEntry;

/** One row of the audit log; written once, never changed (no setters). */
@Entity
@Table(name = "audit_log")
public class AuditRecord {

    static final int DETAIL_LIMIT = 2000;

    @Id
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 80, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 40, updatable = false)
    private String source;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 60, updatable = false)
    private String subjectId;

    @Column(nullable = false, length = DETAIL_LIMIT, updatable = false)
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, Long actorId, String actorName, String source, String action, String subjectType,
            String subjectId, String detail) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.source = source;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, Optional.ofNullable(actorId), actorName, source, action, subjectType,
                subjectId, detail);
    }
}
