package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.common.Texts;

/**
 * A member's standing: the trust level earned (days since joining, threads read, approved contributions) or set
 * by a moderator, a suspension with its end and reason, and whether they are a safeguarding lead. Every change is
 * written to the audit log with who, why, before and after.
 */
@ApplicationScoped
public class Standings {

    public static final int REASON_MAX = 1000;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    ModerationAudit audit;

    /** A member's standing as the API and pages show it. */
    public record View(long accountId, String displayName, String trustLevel, boolean setByHand, Instant suspendedUntil,
            String suspensionReason, boolean safeguardingLead) {
    }

    /** The member's standing now (two statements). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View of(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw Problem.notFound("There is no such member.");
        }
        MemberStanding standing = em.find(MemberStanding.class, accountId);
        TrustLevel level = level(account, standing);
        boolean suspended = standing != null && standing.suspendedAt(Instant.now());
        return new View(accountId, account.displayName(), level.word(), standing != null && standing.trustLevel() != null,
                suspended ? standing.suspendedUntil() : null, suspended ? standing.suspensionReason() : null,
                standing != null && standing.safeguardingLead());
    }

    /** The level the member has now: set by hand, or earned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrustLevel level(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw Problem.notFound("There is no such member.");
        }
        return level(account, em.find(MemberStanding.class, accountId));
    }

    private TrustLevel level(Account account, MemberStanding standing) {
        if (standing != null && standing.trustLevel() != null) {
            return standing.trustLevel();
        }
        long id = account.id();
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT COUNT(DISTINCT thread_id) FROM forum_view WHERE viewer_key = ?1), "
                        + "(SELECT COUNT(*) FROM forum_thread WHERE author_id = ?2 AND state = 'PUBLISHED'), "
                        + "(SELECT COUNT(*) FROM forum_reply WHERE author_id = ?2 AND state = 'PUBLISHED'), "
                        + "(SELECT COUNT(*) FROM story_entry WHERE author_id = ?2 AND status = 'APPROVED')")
                .setParameter(1, "a:" + id).setParameter(2, id).getSingleResult();
        long days = Duration.between(account.createdAt(), Instant.now()).toDays();
        return TrustLevel.earned(days, number(row[0]), number(row[1]) + number(row[2]) + number(row[3]));
    }

    /** Whether the member is suspended now; the standing row if so. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberStanding suspension(long accountId) {
        MemberStanding standing = em.find(MemberStanding.class, accountId);
        return standing != null && standing.suspendedAt(Instant.now()) ? standing : null;
    }

    /** A moderator sets a member's level by hand, or (null) lets the member earn it again. */
    @Transactional
    public View setLevel(Viewer moderator, long accountId, String level, String reason) {
        requireModerator(moderator);
        TrustLevel chosen = level == null || level.isBlank() || level.strip().equalsIgnoreCase("earned") ? null
                : TrustLevel.parse(level);
        Texts check = new Texts();
        if (chosen == null && level != null && !level.isBlank() && !level.strip().equalsIgnoreCase("earned")) {
            check.problem("level", "Please choose a level: new, basic, member, trusted or earned.");
        }
        reason(check, reason);
        check.throwIfAny();
        View before = of(accountId);
        MemberStanding standing = row(accountId);
        standing.setTrustLevel(chosen);
        em.flush();
        View after = of(accountId);
        audit.record(moderator, "member.trust", "member", accountId, reason,
                before.trustLevel() + (before.setByHand() ? " (set by hand)" : " (earned)"),
                after.trustLevel() + (after.setByHand() ? " (set by hand)" : " (earned)"));
        return after;
    }

    /** A moderator suspends a member until a time, with a reason the member sees. */
    @Transactional
    public View suspend(Viewer moderator, long accountId, Instant until, String reason) {
        requireModerator(moderator);
        Texts check = new Texts();
        if (until == null) {
            check.problem("until", "Please give the date and time the suspension ends.");
        } else if (!until.isAfter(Instant.now())) {
            check.problem("until", "The suspension must end in the future.");
        }
        if (reason == null || reason.isBlank()) {
            check.problem("reason", "Please give the reason the member will see.");
        }
        reason(check, reason);
        check.throwIfAny();
        if (moderator.accountId().orElseThrow() == accountId) {
            throw new Problem(Problem.Kind.CONFLICT, "own_account", "You cannot suspend yourself.");
        }
        View before = of(accountId);
        MemberStanding standing = row(accountId);
        standing.suspend(until, reason.strip());
        em.flush();
        audit.record(moderator, "member.suspend", "member", accountId, reason,
                before.suspendedUntil() == null ? "not suspended" : "suspended until " + before.suspendedUntil(),
                "suspended until " + until);
        return of(accountId);
    }

    /** A moderator ends a suspension early. */
    @Transactional
    public View lift(Viewer moderator, long accountId, String reason) {
        requireModerator(moderator);
        Texts check = new Texts();
        reason(check, reason);
        check.throwIfAny();
        View before = of(accountId);
        MemberStanding standing = row(accountId);
        standing.suspend(null, null);
        em.flush();
        audit.record(moderator, "member.unsuspend", "member", accountId, reason,
                before.suspendedUntil() == null ? "not suspended" : "suspended until " + before.suspendedUntil(),
                "not suspended");
        return of(accountId);
    }

    /** An administrator names (or stops naming) a member a safeguarding lead. */
    @Transactional
    public View setSafeguardingLead(Viewer admin, long accountId, boolean lead) {
        if (!admin.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!admin.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can do this.");
        }
        View before = of(accountId);
        row(accountId).setSafeguardingLead(lead);
        em.flush();
        audit.record(admin, "member.safeguarding-lead", "member", accountId, null,
                before.safeguardingLead() ? "safeguarding lead" : "not a safeguarding lead",
                lead ? "safeguarding lead" : "not a safeguarding lead");
        return of(accountId);
    }

    /** The email addresses of the safeguarding leads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> leadAddresses() {
        return em.createQuery("SELECT a.email FROM Account a, MemberStanding s WHERE s.accountId = a.id "
                + "AND s.safeguardingLead = TRUE ORDER BY a.id", String.class).getResultList();
    }

    /** Sets a standing without a person acting (demo content); adds the row when missing. */
    @Transactional
    public void setUp(long accountId, TrustLevel level, boolean lead) {
        MemberStanding standing = row(accountId);
        standing.setTrustLevel(level);
        standing.setSafeguardingLead(lead);
    }

    private MemberStanding row(long accountId) {
        MemberStanding standing = em.find(MemberStanding.class, accountId);
        if (standing == null) {
            standing = new MemberStanding(accountId);
            em.persist(standing);
        }
        return standing;
    }

    static void requireModerator(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!viewer.has(PortalRole.MODERATOR)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only moderators can do this.");
        }
    }

    static void reason(Texts check, String reason) {
        if (reason != null && reason.length() > REASON_MAX) {
            check.problem("reason", "The reason can be at most " + REASON_MAX + " characters long.");
        }
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
