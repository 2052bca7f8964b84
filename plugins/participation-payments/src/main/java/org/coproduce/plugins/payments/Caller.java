package org.coproduce.plugins.payments;

import java.util.Optional;

/**
 * The signed-in member making a request, with what the plugin lets them do.
 *
 * @param accountId their account id
 * @param name      their display name
 * @param admin     a portal administrator (manages the finance and auditor lists)
 * @param role      their role in the plugin, if any
 */
public record Caller(long accountId, String name, boolean admin, Optional<StaffRole> role) {

    public boolean finance() {
        return role.filter(r -> r == StaffRole.FINANCE).isPresent();
    }

    /** Finance or auditor: reads every record. */
    public boolean readsAll() {
        return role.isPresent();
    }

    public boolean leads(Activity activity) {
        return activity.leadId() == accountId;
    }

    /** Who may read a claim: its person, its activity's lead, finance and auditors. Everyone else is told it does not exist. */
    public boolean mayRead(Claim claim) {
        return claim.personId() == accountId || leads(claim.activity()) || readsAll();
    }

    public boolean mayRead(Agreement agreement) {
        return agreement.personId() == accountId || leads(agreement.activity()) || readsAll();
    }
}
