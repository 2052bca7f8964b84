package org.coproduce.portal.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A guidance document: its identity and how many versions it has; what it says lives in its versions. */
@Entity
@Table(name = "guidance_document")
public class GuidanceDocument {

    @Id
    @SequenceGenerator(name = "guidance_document_seq", sequenceName = "guidance_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_document_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "latest_number", nullable = false)
    private int latestNumber;

    @Version
    private int version;

    protected GuidanceDocument() {
    }

    GuidanceDocument(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public int latestNumber() {
        return latestNumber;
    }

    /** The number of the next version, which becomes the latest. */
    int nextNumber() {
        latestNumber++;
        return latestNumber;
    }
}
