package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Accounts} on H2 and PostgreSQL, through the real persistence unit. */
class AccountsIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void anAddedAccountIsFoundByIdAndByEmailInAnyCase(TestDatabase db) {
        String email = uniqueEmail("Ann.Jones");
        long before = count(db);
        Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);

        long id = db.inTransaction(em -> accounts(em).add(new Account(Texts.normalizeEmail(email), "Ann Jones",
                "pbkdf2-sha256$hash", NetworkRole.CARER, PortalRole.MEMBER, created)).id());

        Account byId = db.inTransaction(em -> accounts(em).find(id)).orElseThrow();
        assertEquals(email.toLowerCase(), byId.email(), "stored lower-cased");
        assertEquals("Ann Jones", byId.displayName());
        assertEquals("pbkdf2-sha256$hash", byId.passwordHash());
        assertEquals(NetworkRole.CARER, byId.networkRole());
        assertEquals(PortalRole.MEMBER, byId.portalRole());
        assertEquals(created, byId.createdAt());
        assertFalse(byId.verified());

        Optional<Account> byEmail = db.inTransaction(em -> accounts(em).findByEmail("  " + email.toUpperCase() + " "));
        assertEquals(Optional.of(id), byEmail.map(Account::id));
        assertEquals(before + 1, count(db));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownAccountsAreNotFound(TestDatabase db) {
        assertEquals(Optional.empty(), db.inTransaction(em -> accounts(em).findByEmail(uniqueEmail("nobody"))));
        assertEquals(Optional.empty(), db.inTransaction(em -> accounts(em).findByEmail(null)));
        assertEquals(Optional.empty(), db.inTransaction(em -> accounts(em).find(-1)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEmailAddressHasOneAccountOnly(TestDatabase db) {
        String email = uniqueEmail("twice");
        db.runInTransaction(em -> accounts(em).add(account(email)));
        long before = count(db);

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> db.runInTransaction(em -> accounts(em).add(account(email))));

        assertEquals("23505", sqlState(e), "unique violation (account_email_unique)");
        assertEquals(before, count(db), "nothing was added");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changesAreStored(TestDatabase db) {
        long id = db.inTransaction(em -> accounts(em).add(account(uniqueEmail("changes"))).id());
        Instant verifiedAt = Instant.parse("2025-03-30T00:59:59.123456Z");

        db.runInTransaction(em -> {
            Account account = accounts(em).find(id).orElseThrow();
            account.markVerified(verifiedAt);
            account.markVerified(Instant.now()); // the first verification counts
            account.changePasswordHash("pbkdf2-sha256$new");
            account.changeProfile("Mair Owen", NetworkRole.STUDENT);
            account.changePortalRole(PortalRole.MODERATOR);
        });

        Account stored = db.inTransaction(em -> accounts(em).find(id)).orElseThrow();
        assertEquals(verifiedAt, stored.verifiedAt());
        assertTrue(stored.verified());
        assertEquals("pbkdf2-sha256$new", stored.passwordHash());
        assertEquals("Mair Owen", stored.displayName());
        assertEquals(NetworkRole.STUDENT, stored.networkRole());
        assertEquals(PortalRole.MODERATOR, stored.portalRole());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentChangesToOneAccountAreDetected(TestDatabase db) {
        long id = db.inTransaction(em -> accounts(em).add(account(uniqueEmail("race"))).id());
        EntityManager first = db.jpa().createEntityManager();
        try {
            first.getTransaction().begin();
            first.find(Account.class, id).changeProfile("First", NetworkRole.OTHER);

            db.runInTransaction(second -> second.find(Account.class, id).changeProfile("Second", NetworkRole.OTHER));

            assertThrows(RollbackException.class, () -> first.getTransaction().commit());
        } finally {
            first.close();
        }
        assertEquals("Second", db.inTransaction(em -> accounts(em).find(id)).orElseThrow().displayName());
    }

    private static long count(TestDatabase db) {
        return db.inTransaction(em -> accounts(em).count());
    }

    static Accounts accounts(EntityManager em) {
        Accounts accounts = new Accounts();
        accounts.em = em;
        return accounts;
    }

    static Account account(String email) {
        return new Account(email, "Test Person", "pbkdf2-sha256$hash", NetworkRole.OTHER, PortalRole.MEMBER,
                Instant.now());
    }

    static String uniqueEmail(String localPart) {
        return localPart + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
