package org.coproduce.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's report about a thread, reply, story, response or practice example, until a moderator resolves it. */
@Entity
@Table(name = "content_report")
public class ContentReport {

    @Id
    @SequenceGenerator(name = "content_report_seq", sequenceName = "content_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_report_seq")
    private Long id;

    @Column(name = "content_type", nullable = false, length = 30)
    private String contentType;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false, length = 30)
    private String reason;

    @Column(length = 2000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(length = 1000)
    private String resolution;

    protected ContentReport() {
    }

    ContentReport(String contentType, long contentId, Long authorId, long reporterId, ReportReason reason, String text,
            Instant createdAt) {
        this.contentType = contentType;
        this.contentId = contentId;
        this.authorId = authorId;
        this.reporterId = reporterId;
        this.reason = reason.word();
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public long contentId() {
        return contentId;
    }

    public Long authorId() {
        return authorId;
    }

    public long reporterId() {
        return reporterId;
    }

    public ReportReason reason() {
        return ReportReason.parse(reason);
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Long resolvedBy() {
        return resolvedBy;
    }

    public String resolution() {
        return resolution;
    }

    void resolve(long by, Instant at, String note) {
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolution = note;
    }
}
