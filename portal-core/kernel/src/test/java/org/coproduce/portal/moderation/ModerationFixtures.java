package org.coproduce.portal.moderation;

import jakarta.persistence.EntityManager;
import org.coproduce.portal.audit.AuditFixtures;

/** Moderation services wired to an entity manager, for the persistence tests. */
public final class ModerationFixtures {

    private ModerationFixtures() {
    }

    public static ModerationAudit audit(EntityManager em) {
        ModerationAudit audit = new ModerationAudit();
        audit.log = AuditFixtures.log(em);
        return audit;
    }

    public static Standings standings(EntityManager em) {
        Standings standings = new Standings();
        standings.em = em;
        standings.audit = audit(em);
        return standings;
    }

    public static PostingGate gate(EntityManager em) {
        PostingGate gate = new PostingGate();
        gate.em = em;
        gate.standings = standings(em);
        return gate;
    }

    /** Sets a member's trust level by hand, as the demo does for established members. */
    public static void trust(EntityManager em, long accountId, TrustLevel level) {
        standings(em).setUp(accountId, level, false);
    }
}
