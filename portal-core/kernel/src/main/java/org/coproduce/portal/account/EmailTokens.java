package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Tokens;

/** Issues and redeems the single-use tokens behind emailed links. Callers run inside a transaction. */
@ApplicationScoped
public class EmailTokens {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    /** Issues a new token for {@code account}; returns the token itself, which is never stored. */
    String issue(Account account, TokenPurpose purpose) {
        String token = Tokens.newToken();
        em.persist(new EmailToken(account, purpose, Tokens.hash(token), Instant.now()));
        return token;
    }

    /**
     * Redeems {@code token} for {@code purpose}: marks it used and returns its account.
     *
     * @throws Problem when the token is unknown, for another purpose, used or expired
     */
    Account redeem(String token, TokenPurpose purpose, String unknownMessage) {
        Instant now = Instant.now();
        EmailToken found = Tokens.plausible(token)
                ? em.createNamedQuery(EmailToken.BY_HASH, EmailToken.class)
                        .setParameter("hash", Tokens.hash(token))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream().findFirst().orElse(null)
                : null;
        if (found == null || found.purpose() != purpose) {
            throw new Problem(Problem.Kind.NOT_FOUND, "link_unknown", unknownMessage);
        }
        if (found.used()) {
            throw new Problem(Problem.Kind.GONE, "link_used", "This link has been used already. "
                    + "Links in our emails work once; ask for a new one if you need it.");
        }
        if (!found.usable(now)) {
            throw new Problem(Problem.Kind.GONE, "link_expired", "This link has expired. Please ask for a new one.");
        }
        found.use(now);
        return found.account();
    }

    /** Marks every open token of {@code purpose} for {@code account} as used. */
    void retireAll(Account account, TokenPurpose purpose) {
        em.createNamedQuery(EmailToken.USE_ALL_OPEN)
                .setParameter("now", Instant.now())
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
