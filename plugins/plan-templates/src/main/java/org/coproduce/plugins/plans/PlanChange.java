package org.coproduce.plugins.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change to a plan, kept for its history: who, when, what, and the words written. */
@Entity
@Table(name = "plan_change")
public class PlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_change_seq")
    @SequenceGenerator(name = "plan_change_seq", sequenceName = "plan_change_seq", allocationSize = 50)
    private long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(length = 100000)
    private String body;

    protected PlanChange() {
    }

    PlanChange(long planId, OffsetDateTime at, Long actorId, String summary, String body) {
        this.planId = planId;
        this.at = at;
        this.actorId = actorId;
        this.summary = summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
        this.body = body;
    }

    public long id() {
        return id;
    }

    public OffsetDateTime at() {
        return at;
    }

    public Long actorId() {
        return actorId;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body == null ? "" : body;
    }
}
