package org.coproduce.plugins.payments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/**
 * Who is calling and what the plugin lets them do. Rules: finance and auditors are members an administrator
 * put on the plugin's staff list ({@code payments_staff}); the lead of an activity is the member the activity
 * names; everyone else sees only their own records. A record someone may not read answers 404.
 */
@RequestScoped
public class PaymentsAccess {

    @Inject
    CurrentViewer viewer;

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    private Caller caller;

    /** The signed-in, verified caller (401 for visitors, 403 for an unverified address). */
    public Caller caller() {
        if (caller == null) {
            Viewer who = viewer.get();
            if (!who.signedIn()) {
                throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
            }
            if (!who.verified()) {
                throw new Problem(Problem.Kind.FORBIDDEN, "unverified", "Please confirm your email address first: we sent you a link.");
            }
            long id = who.accountId().orElseThrow();
            Optional<StaffRole> role = Optional.ofNullable(em.find(Staff.class, id)).map(Staff::role);
            caller = new Caller(id, who.displayName(), who.has(PortalRole.ADMIN), role);
        }
        return caller;
    }

    /** The caller, who must be finance. */
    public Caller finance() {
        Caller c = caller();
        if (!c.finance()) {
            throw forbidden("Only finance staff can do this.");
        }
        return c;
    }

    /** The caller, who must be finance or an auditor. */
    public Caller readsAll() {
        Caller c = caller();
        if (!c.readsAll()) {
            throw forbidden("Only finance staff and auditors can see this.");
        }
        return c;
    }

    public static Problem forbidden(String message) {
        return new Problem(Problem.Kind.FORBIDDEN, "forbidden", message);
    }

    public static Problem conflict(String message) {
        return new Problem(Problem.Kind.CONFLICT, "conflict", message);
    }
}
