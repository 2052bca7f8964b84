package org.coproduce.plugins.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A plan template: a title and summary; its sections live in its numbered versions. */
@Entity
@Table(name = "plan_template")
public class PlanTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_template_seq")
    @SequenceGenerator(name = "plan_template_seq", sequenceName = "plan_template_seq", allocationSize = 50)
    private long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PlanTemplate() {
    }

    PlanTemplate(String title, String summary, long authorId, OffsetDateTime createdAt) {
        this.title = title;
        this.summary = summary;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public long authorId() {
        return authorId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    void describe(String newTitle, String newSummary) {
        title = newTitle;
        summary = newSummary;
    }
}
