package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Tokens;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link EmailTokens}: the single-use, expiring tokens behind emailed links, on H2 and PostgreSQL. */
class EmailTokensIT extends OnBothDatabases {

    private static final String UNKNOWN = "We do not recognise this link.";

    @ParameterizedTest
    @MethodSource("databases")
    void aTokenIsStoredOnlyAsItsHashAndRedeemsOnceForItsAccount(TestDatabase db) {
        long accountId = newAccount(db);
        Instant before = Instant.now();
        String token = issue(db, accountId, TokenPurpose.VERIFY_EMAIL);

        assertTrue(Tokens.plausible(token));
        List<Object[]> rows = db.inTransaction(em -> em.createQuery(
                "SELECT t.tokenHash, t.expiresAt FROM EmailToken t WHERE t.account.id = :id", Object[].class)
                .setParameter("id", accountId).getResultList());
        assertEquals(1, rows.size());
        assertEquals(Tokens.hash(token), rows.get(0)[0], "only the hash is stored");
        Duration lifetime = Duration.between(before, (Instant) rows.get(0)[1]);
        assertTrue(lifetime.compareTo(Duration.ofDays(7).minusMillis(1)) > 0
                && lifetime.compareTo(Duration.ofDays(7).plusMinutes(1)) < 0, "valid for 7 days: " + lifetime);

        Account redeemed = redeem(db, token, TokenPurpose.VERIFY_EMAIL);
        assertEquals(accountId, redeemed.id());

        Problem again = assertThrows(Problem.class, () -> redeem(db, token, TokenPurpose.VERIFY_EMAIL));
        assertEquals(Problem.Kind.GONE, again.kind());
        assertEquals("link_used", again.code());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownMalformedAndOtherPurposeTokensAreNotFound(TestDatabase db) {
        long accountId = newAccount(db);
        String resetToken = issue(db, accountId, TokenPurpose.RESET_PASSWORD);

        for (String token : new String[] {Tokens.newToken(), "not a token", null, resetToken}) {
            Problem problem = assertThrows(Problem.class, () -> redeem(db, token, TokenPurpose.VERIFY_EMAIL));
            assertEquals(Problem.Kind.NOT_FOUND, problem.kind());
            assertEquals("link_unknown", problem.code());
            assertEquals(UNKNOWN, problem.getMessage());
        }
        assertEquals(accountId, redeem(db, resetToken, TokenPurpose.RESET_PASSWORD).id(), "usable for its purpose");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExpiredTokenIsGone(TestDatabase db) {
        long accountId = newAccount(db);
        String token = issue(db, accountId, TokenPurpose.RESET_PASSWORD);
        db.runInTransaction(em -> em.createQuery(
                        "UPDATE EmailToken t SET t.expiresAt = :past WHERE t.tokenHash = :hash")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("hash", Tokens.hash(token))
                .executeUpdate());

        Problem problem = assertThrows(Problem.class, () -> redeem(db, token, TokenPurpose.RESET_PASSWORD));

        assertEquals(Problem.Kind.GONE, problem.kind());
        assertEquals("link_expired", problem.code());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void retiringTokensUsesUpOnlyThatAccountsTokensOfThatPurpose(TestDatabase db) {
        long accountId = newAccount(db);
        long otherAccountId = newAccount(db);
        String first = issue(db, accountId, TokenPurpose.VERIFY_EMAIL);
        String second = issue(db, accountId, TokenPurpose.VERIFY_EMAIL);
        String reset = issue(db, accountId, TokenPurpose.RESET_PASSWORD);
        String others = issue(db, otherAccountId, TokenPurpose.VERIFY_EMAIL);
        assertNotEquals(first, second);

        db.runInTransaction(em -> tokens(em).retireAll(em.find(Account.class, accountId), TokenPurpose.VERIFY_EMAIL));

        for (String retired : List.of(first, second)) {
            assertEquals("link_used", assertThrows(Problem.class,
                    () -> redeem(db, retired, TokenPurpose.VERIFY_EMAIL)).code());
        }
        assertEquals(accountId, redeem(db, reset, TokenPurpose.RESET_PASSWORD).id());
        assertEquals(otherAccountId, redeem(db, others, TokenPurpose.VERIFY_EMAIL).id());
    }

    private static long newAccount(TestDatabase db) {
        Account account = AccountsIT.account(AccountsIT.uniqueEmail("token"));
        return db.inTransaction(em -> AccountsIT.accounts(em).add(account).id());
    }

    private static String issue(TestDatabase db, long accountId, TokenPurpose purpose) {
        return db.inTransaction(em -> tokens(em).issue(em.find(Account.class, accountId), purpose));
    }

    private static Account redeem(TestDatabase db, String token, TokenPurpose purpose) {
        return db.inTransaction(em -> tokens(em).redeem(token, purpose, UNKNOWN));
    }

    private static EmailTokens tokens(EntityManager em) {
        EmailTokens tokens = new EmailTokens();
        tokens.em = em;
        return tokens;
    }
}
