package org.coproduce.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What moderators and administrators decided about a member: a trust level by hand, a suspension, a safeguarding lead. */
@Entity
@Table(name = "member_standing")
public class MemberStanding {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "trust_level", length = 20)
    private String trustLevel;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "suspension_reason", length = 1000)
    private String suspensionReason;

    @Column(name = "safeguarding_lead", nullable = false)
    private boolean safeguardingLead;

    protected MemberStanding() {
    }

    MemberStanding(long accountId) {
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }

    /** The level a moderator set, or null when the member earns it. */
    public TrustLevel trustLevel() {
        return trustLevel == null ? null : TrustLevel.valueOf(trustLevel);
    }

    public Instant suspendedUntil() {
        return suspendedUntil;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public boolean safeguardingLead() {
        return safeguardingLead;
    }

    public boolean suspendedAt(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    void setTrustLevel(TrustLevel level) {
        this.trustLevel = level == null ? null : level.name();
    }

    void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = reason;
    }

    void setSafeguardingLead(boolean lead) {
        this.safeguardingLead = lead;
    }
}
