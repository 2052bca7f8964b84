package org.coproduce.portal.terms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.audit.AuditLog;
import org.coproduce.portal.common.Texts;

/**
 * The terms of service: the current version, publishing a new one (administrators; audited in the same
 * transaction) and recording a member's acceptance.
 */
@ApplicationScoped
public class Terms {

    /** The audit log's source for terms changes. */
    public static final String AUDIT_SOURCE = "terms";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The version in force (the highest published); one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TermsVersion current() {
        return em.createQuery("SELECT t FROM TermsVersion t ORDER BY t.version DESC", TermsVersion.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No terms of service are published (V14 adds version 1)."));
    }

    /** The number of the version in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int currentVersion() {
        Integer max = em.createQuery("SELECT MAX(t.version) FROM TermsVersion t", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Every version, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TermsVersion> history() {
        return em.createQuery("SELECT t FROM TermsVersion t ORDER BY t.version DESC", TermsVersion.class).getResultList();
    }

    /** Whether a member has to accept the current version before posting (they accepted none or an older one). */
    public static boolean mustAccept(Account account, int currentVersion) {
        return account.termsVersion() == null || account.termsVersion() < currentVersion;
    }

    /**
     * Records that a member accepts a version, which has to be the current one (they have read what is in force).
     *
     * @throws Problem 400 without a version, 409 when the version is not the current one
     */
    @Transactional
    public void accept(long accountId, Integer version) {
        if (version == null) {
            throw Problem.invalid(java.util.Map.of("version", "Please say which version of the terms you accept."));
        }
        int current = currentVersion();
        if (version != current) {
            throw new Problem(Problem.Kind.CONFLICT, "terms_changed", "Version " + version + " is not the terms in "
                    + "force: please read version " + current + " and accept that.");
        }
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw Problem.notFound("There is no such account.");
        }
        account.acceptTerms(current, Instant.now());
    }

    /**
     * Publishes a new version (administrators): every member is asked to accept it before posting again.
     *
     * @throws Problem 403 for anyone but an administrator, 400 with a message per field
     */
    @Transactional
    public TermsVersion publish(Viewer admin, String textEn, String textCy, String changesEn, String changesCy) {
        if (!admin.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can publish the terms of service.");
        }
        Texts check = new Texts();
        requireText(check, "textEn", textEn, "the terms in English", TermsVersion.TEXT_LIMIT);
        requireText(check, "textCy", textCy, "the terms in Welsh", TermsVersion.TEXT_LIMIT);
        requireText(check, "changesEn", changesEn, "what changed, in English", TermsVersion.CHANGES_LIMIT);
        requireText(check, "changesCy", changesCy, "what changed, in Welsh", TermsVersion.CHANGES_LIMIT);
        check.throwIfAny();
        TermsVersion before = current();
        TermsVersion published = new TermsVersion(before.version() + 1, Instant.now(), admin.accountId().orElse(null),
                changesEn.strip(), changesCy.strip(), textEn, textCy);
        em.persist(published);
        audit.write(admin, AUDIT_SOURCE, "terms.publish", "terms", String.valueOf(published.version()),
                "before: version " + before.version() + "; after: version " + published.version() + ". Changes: "
                        + published.changes("en"));
        return published;
    }

    private static void requireText(Texts check, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            check.problem(field, "Please enter " + label + ".");
        } else if (value.length() > max) {
            check.problem(field, "Please shorten " + label + " to at most " + max + " characters.");
        }
    }
}
