package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;

/** The plugin's finance staff and auditors, kept by administrators. */
@ApplicationScoped
public class StaffList {

    static final String STAFF = "payments-staff";

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Staff> all() {
        return em.createQuery("SELECT s FROM Staff s ORDER BY s.accountId", Staff.class).getResultList();
    }

    /** Gives a member a role (or changes it); the caller must be an administrator. */
    @Transactional
    public Staff put(Caller admin, String email, StaffRole role) {
        requireAdmin(admin);
        if (role == null) {
            throw Problem.invalid(Map.of("role", "Please choose FINANCE or AUDITOR."));
        }
        Member member = email == null ? null : members.byEmail(email).orElse(null);
        if (member == null) {
            throw Problem.invalid(Map.of("email", "No member has that email address."));
        }
        Staff staff = give(member.id(), role);
        audit.record("staff.changed", STAFF, String.valueOf(member.id()), "Role " + role);
        return staff;
    }

    @Transactional
    public void remove(Caller admin, long accountId) {
        requireAdmin(admin);
        Staff staff = em.find(Staff.class, accountId);
        if (staff == null) {
            throw Problem.notFound("That member holds no payments role.");
        }
        em.remove(staff);
        audit.record("staff.removed", STAFF, String.valueOf(accountId), "Was " + staff.role());
    }

    /** Gives the role without checks (demo content). */
    @Transactional(Transactional.TxType.MANDATORY)
    Staff give(long accountId, StaffRole role) {
        Staff staff = em.find(Staff.class, accountId);
        if (staff == null) {
            staff = new Staff(accountId, role);
            em.persist(staff);
        } else {
            staff.role(role);
        }
        return staff;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw PaymentsAccess.forbidden("Only administrators can change who holds finance and auditor roles.");
        }
    }
}
