package org.coproduce.portal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.common.Tokens;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ApiTokens}: issuing, resolving, revoking and expiring API bearer tokens, on H2 and PostgreSQL. */
class ApiTokensIT extends OnBothDatabases {

    private static final long LIFETIME_HOURS = 12;

    @ParameterizedTest
    @MethodSource("databases")
    void anIssuedTokenResolvesToItsAccountUntilItExpires(TestDatabase db) {
        long accountId = newAccount(db);
        Instant before = Instant.now();

        IssuedToken issued = db.inTransaction(em -> tokens(em).issue(accountId));

        assertTrue(Tokens.plausible(issued.token()));
        Duration lifetime = Duration.between(before, issued.expiresAt());
        assertTrue(lifetime.compareTo(Duration.ofHours(LIFETIME_HOURS)) >= 0
                && lifetime.compareTo(Duration.ofHours(LIFETIME_HOURS).plusMinutes(1)) < 0, "lifetime " + lifetime);
        assertEquals(Optional.of(accountId), resolve(db, issued.token()));
        assertEquals(List.of(Tokens.hash(issued.token())), db.inTransaction(em -> em.createQuery(
                "SELECT t.tokenHash FROM ApiToken t WHERE t.accountId = :id", String.class)
                .setParameter("id", accountId).getResultList()), "only the hash is stored");

        setExpiry(db, issued.token(), Instant.now().minusSeconds(1));
        assertEquals(Optional.empty(), resolve(db, issued.token()), "expired");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownAndMalformedTokensResolveToNothing(TestDatabase db) {
        for (String token : new String[] {Tokens.newToken(), "Bearer nonsense", "", null, "x".repeat(43) + "'"}) {
            assertEquals(Optional.empty(), resolve(db, token), String.valueOf(token));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRevokedTokenNoLongerResolves(TestDatabase db) {
        long accountId = newAccount(db);
        String revoked = issue(db, accountId);
        String kept = issue(db, accountId);
        assertNotEquals(revoked, kept);

        db.runInTransaction(em -> tokens(em).revoke(revoked));
        db.runInTransaction(em -> tokens(em).revoke("not a token")); // ignored

        assertEquals(Optional.empty(), resolve(db, revoked));
        assertEquals(Optional.of(accountId), resolve(db, kept));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void revokingAllTokensOfAnAccountLeavesOtherAccountsAlone(TestDatabase db) {
        long accountId = newAccount(db);
        long otherId = newAccount(db);
        List<String> own = List.of(issue(db, accountId), issue(db, accountId));
        String others = issue(db, otherId);

        db.runInTransaction(em -> tokens(em).revokeAll(accountId));

        own.forEach(token -> assertEquals(Optional.empty(), resolve(db, token)));
        assertEquals(Optional.of(otherId), resolve(db, others));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void expiredTokensAreDeleted(TestDatabase db) {
        long accountId = newAccount(db);
        db.runInTransaction(em -> tokens(em).deleteExpired()); // those of earlier tests
        String expired = issue(db, accountId);
        String valid = issue(db, accountId);
        setExpiry(db, expired, Instant.now().minusSeconds(60));

        int deleted = db.inTransaction(em -> tokens(em).deleteExpired());

        assertEquals(1, deleted);
        long left = db.inTransaction(em -> em.createQuery(
                "SELECT COUNT(t) FROM ApiToken t WHERE t.tokenHash = :hash", Long.class)
                .setParameter("hash", Tokens.hash(expired)).getSingleResult());
        assertEquals(0, left);
        assertEquals(Optional.of(accountId), resolve(db, valid));
    }

    private static long newAccount(TestDatabase db) {
        return db.inTransaction(em -> {
            Account account = new Account("api-" + UUID.randomUUID() + "@example.org", "API user", "hash",
                    NetworkRole.OTHER, PortalRole.MEMBER, Instant.now());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static String issue(TestDatabase db, long accountId) {
        return db.inTransaction(em -> tokens(em).issue(accountId)).token();
    }

    private static Optional<Long> resolve(TestDatabase db, String token) {
        return db.inTransaction(em -> tokens(em).resolve(token));
    }

    private static void setExpiry(TestDatabase db, String token, Instant expiresAt) {
        db.runInTransaction(em -> em.createQuery("UPDATE ApiToken t SET t.expiresAt = :at WHERE t.tokenHash = :hash")
                .setParameter("at", expiresAt).setParameter("hash", Tokens.hash(token)).executeUpdate());
    }

    private static ApiTokens tokens(EntityManager em) {
        ApiTokens tokens = new ApiTokens();
        tokens.em = em;
        tokens.lifetimeHours = LIFETIME_HOURS;
        return tokens;
    }
}
