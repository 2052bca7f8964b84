package org.coproduce.portal.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.coproduce.portal.common.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, resolves and revokes API bearer tokens. */
@ApplicationScoped
public class ApiTokens {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "coproduce.api.token-hours", defaultValue = "12")
    long lifetimeHours;

    @Transactional
    public IssuedToken issue(long accountId) {
        String token = Tokens.newToken();
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofHours(lifetimeHours));
        em.persist(new ApiToken(accountId, Tokens.hash(token), now, expires));
        return new IssuedToken(token, expires);
    }

    /** The account id behind a token that exists and has not expired. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> resolve(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .filter(t -> t.expiresAt().isAfter(now))
                .map(ApiToken::accountId)
                .findFirst();
    }

    @Transactional
    public void revoke(String token) {
        if (Tokens.plausible(token)) {
            em.createQuery("DELETE FROM ApiToken t WHERE t.tokenHash = :hash")
                    .setParameter("hash", Tokens.hash(token)).executeUpdate();
        }
    }

    @Transactional
    public void revokeAll(long accountId) {
        em.createNamedQuery(ApiToken.DELETE_FOR_ACCOUNT).setParameter("account", accountId).executeUpdate();
    }

    @Transactional
    public int deleteExpired() {
        return em.createNamedQuery(ApiToken.DELETE_EXPIRED).setParameter("now", Instant.now()).executeUpdate();
    }
}
