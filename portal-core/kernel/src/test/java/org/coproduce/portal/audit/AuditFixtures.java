package org.coproduce.portal.audit;

import jakarta.persistence.EntityManager;

/** The audit log wired to an entity manager, for the persistence tests of the features that write to it. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    public static AuditLog log(EntityManager em) {
        AuditLog log = new AuditLog();
        log.em = em;
        return log;
    }
}
