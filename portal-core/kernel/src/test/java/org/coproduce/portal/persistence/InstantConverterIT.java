package org.coproduce.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Instants in {@code TIMESTAMP WITH TIME ZONE} columns through the {@link InstantConverter}, on both databases. */
class InstantConverterIT extends OnBothDatabases {

    private static final List<Instant> INSTANTS = List.of(
            Instant.EPOCH,
            Instant.parse("2025-03-30T00:59:59.999999Z"), // a second before British Summer Time begins
            // In the hour the UK's clocks repeat. Fails on H2 when the JVM's zone is Europe/London (comes back an
            // hour early): EclipseLink seems to bind it as a java.sql.Timestamp, i.e. as local time, there.
            Instant.parse("2025-10-26T01:30:00Z"),
            Instant.parse("2299-12-31T23:59:59.123456Z"),
            Instant.now().truncatedTo(ChronoUnit.MICROS));

    @ParameterizedTest
    @MethodSource("databases")
    void instantsComeBackUnchanged(TestDatabase db) {
        for (Instant instant : INSTANTS) {
            long id = persistAccountCreatedAt(db, instant);

            assertEquals(instant, db.inTransaction(em -> em.find(Account.class, id).createdAt()), "through JPA");
            assertEquals(instant, readCreatedAt(db, id).toInstant(), "in the column, read with plain JDBC");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void valuesWrittenWithAnotherOffsetAreReadAsTheSameInstant(TestDatabase db) {
        long id = persistAccountCreatedAt(db, Instant.now());
        OffsetDateTime inIndia = OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
        db.jdbc(connection -> {
            try (PreparedStatement update =
                         connection.prepareStatement("UPDATE account SET created_at = ? WHERE id = ?")) {
                update.setObject(1, inIndia);
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });

        Instant read = db.inTransaction(em -> em.find(Account.class, id).createdAt());

        assertEquals(Instant.parse("2024-06-01T06:30:00Z"), read);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void instantParametersCompareAsInstants(TestDatabase db) {
        Instant created = Instant.parse("2031-01-01T12:00:00Z");
        long id = persistAccountCreatedAt(db, created);

        List<Long> ids = db.inTransaction(em -> em.createQuery(
                        "SELECT a.id FROM Account a WHERE a.createdAt > :after AND a.createdAt <= :until", Long.class)
                .setParameter("after", created.minusNanos(1000)).setParameter("until", created)
                .getResultList());

        assertEquals(List.of(id), ids);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyDigitsBelowAMicrosecondAreLost(TestDatabase db) {
        Instant precise = Instant.parse("2026-02-03T04:05:06.123456789Z");
        long id = persistAccountCreatedAt(db, precise);

        Instant stored = db.inTransaction(em -> em.find(Account.class, id).createdAt());

        assertTrue(Duration.between(precise, stored).abs().toNanos() < 1000, () -> "stored " + stored);
    }

    private static long persistAccountCreatedAt(TestDatabase db, Instant createdAt) {
        return db.inTransaction(em -> {
            Account account = new Account("instant-" + UUID.randomUUID() + "@example.org", "Instant", "hash",
                    NetworkRole.OTHER, PortalRole.MEMBER, createdAt);
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static OffsetDateTime readCreatedAt(TestDatabase db, long id) {
        return db.jdbc(connection -> {
            try (PreparedStatement select =
                         connection.prepareStatement("SELECT created_at FROM account WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getObject(1, OffsetDateTime.class);
                }
            }
        });
    }
}
