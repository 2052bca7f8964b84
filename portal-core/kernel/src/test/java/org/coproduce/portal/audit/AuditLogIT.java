package org.coproduce.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link AuditLog} on H2 and PostgreSQL: entries commit with their change and are read per source. */
class AuditLogIT extends OnBothDatabases {

    private static final Viewer PRIYA = new Viewer(Optional.of(7L), "Priya", Optional.of(PortalRole.MEMBER), true);

    @ParameterizedTest
    @MethodSource("databases")
    void entriesAreReadBackOldestFirstWithTheirActor(TestDatabase db) {
        String plan = UUID.randomUUID().toString();
        db.runInTransaction(em -> {
            log(em).write(PRIYA, "plans", "plan.viewed", "plan", plan, "");
            log(em).write(Viewer.ANONYMOUS, "plans", "plan.reminded", "plan", plan, "Review due on 1 March.");
            log(em).write(PRIYA, "payments", "plan.viewed", "plan", plan, "another plugin's entry");
        });

        List<AuditEntry> entries = db.inTransaction(em -> log(em).about("plans", "plan", plan));

        assertEquals(List.of("plan.viewed", "plan.reminded"), entries.stream().map(AuditEntry::action).toList());
        assertEquals(Optional.of(7L), entries.get(0).actorId());
        assertEquals("Priya", entries.get(0).actorName());
        assertEquals(Optional.empty(), entries.get(1).actorId());
        assertEquals(AuditLog.PORTAL_ACTOR, entries.get(1).actorName());
        assertEquals("Review due on 1 March.", entries.get(1).detail());
        assertTrue(entries.get(0).id() < entries.get(1).id());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEntryRollsBackWithItsChange(TestDatabase db) {
        String plan = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(em -> {
            log(em).write(PRIYA, "plans", "plan.changed", "plan", plan, "strengths");
            throw new IllegalStateException("the change fails");
        }));

        assertEquals(List.of(), db.inTransaction(em -> log(em).about("plans", "plan", plan)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void longDetailIsCutAndBadNamesAreRefused(TestDatabase db) {
        String plan = UUID.randomUUID().toString();
        db.runInTransaction(em -> log(em).write(PRIYA, "plans", "plan.changed", "plan", plan, "x".repeat(5000)));

        String detail = db.inTransaction(em -> log(em).about("plans", "plan", plan)).get(0).detail();
        assertEquals(AuditRecord.DETAIL_LIMIT, detail.length());
        assertTrue(detail.endsWith("…"));
        assertThrows(IllegalArgumentException.class,
                () -> db.runInTransaction(em -> log(em).write(PRIYA, "plans", " ", "plan", plan, "")));
        assertThrows(IllegalArgumentException.class,
                () -> db.runInTransaction(em -> log(em).write(PRIYA, "plans", "a".repeat(61), "plan", plan, "")));
    }

    private static AuditLog log(EntityManager em) {
        AuditLog log = new AuditLog();
        log.em = em;
        return log;
    }
}
