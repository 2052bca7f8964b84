package org.coproduce.plugins.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A member who holds one of the plugin's roles. */
@Entity
@Table(name = "payments_staff")
public class Staff {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected Staff() {
    }

    Staff(long accountId, StaffRole role) {
        this.accountId = accountId;
        this.role = role;
        this.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long accountId() {
        return accountId;
    }

    public StaffRole role() {
        return role;
    }

    void role(StaffRole newRole) {
        role = newRole;
    }
}
