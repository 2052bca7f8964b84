package org.coproduce.plugins.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A member the participant asked onto their plan's team; kept after removal (with when) for the history. */
@Entity
@Table(name = "plan_team_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_team_member_seq")
    @SequenceGenerator(name = "plan_team_member_seq", sequenceName = "plan_team_member_seq", allocationSize = 50)
    private long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String relationship;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    protected TeamMember() {
    }

    TeamMember(Plan plan, long accountId, String relationship, long addedBy, OffsetDateTime addedAt) {
        this.plan = plan;
        this.accountId = accountId;
        this.relationship = relationship;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long accountId() {
        return accountId;
    }

    public String relationship() {
        return relationship;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }

    public boolean active() {
        return removedAt == null;
    }

    void remove(OffsetDateTime at) {
        removedAt = at;
    }
}
