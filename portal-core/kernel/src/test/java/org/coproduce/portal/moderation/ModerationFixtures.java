package org.coproduce.portal.moderation;

import jakarta.persistence.EntityManager;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.portal.audit.AuditFixtures;
import org.coproduce.portal.mail.OutboxFixtures;

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

    public static ReportedContent content(EntityManager em) {
        ReportedContent content = new ReportedContent();
        content.em = em;
        return content;
    }

    public static Reports reports(EntityManager em) {
        Reports reports = new Reports();
        reports.em = em;
        reports.content = content(em);
        reports.standings = standings(em);
        reports.mail = OutboxFixtures.outbox(em);
        reports.audit = audit(em);
        reports.settings = AccountSettings.of(10_000, "https://coproduce.example");
        return reports;
    }

    /** Names a member a safeguarding lead (as an administrator does). */
    public static void lead(EntityManager em, long accountId) {
        Standings standings = standings(em);
        MemberStanding row = em.find(MemberStanding.class, accountId);
        standings.setUp(accountId, row == null ? null : row.trustLevel(), true);
    }

    /** Sets a member's trust level by hand, as the demo does for established members. */
    public static void trust(EntityManager em, long accountId, TrustLevel level) {
        standings(em).setUp(accountId, level, false);
    }
}
