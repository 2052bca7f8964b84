package org.coproduce.portal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One index task: "the object of this type and id changed"; the worker re-reads it from the database. */
@Entity
@Table(name = "search_task")
public class SearchTask {

    @Id
    @SequenceGenerator(name = "search_task_seq", sequenceName = "search_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_task_seq")
    private Long id;

    @Column(name = "doc_type", nullable = false, length = 40, updatable = false)
    private String docType;

    @Column(name = "doc_id", nullable = false, length = 60, updatable = false)
    private String docId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SearchTask() {
    }

    SearchTask(String docType, String docId, Instant createdAt) {
        this.docType = docType;
        this.docId = docId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String docType() {
        return docType;
    }

    public String docId() {
        return docId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
