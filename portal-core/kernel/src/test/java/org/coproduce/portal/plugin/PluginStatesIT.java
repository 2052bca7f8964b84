package org.coproduce.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PluginStates}: administrators' enable switches for plugins, on H2 and PostgreSQL. */
class PluginStatesIT extends OnBothDatabases {

    @BeforeEach
    void noSwitchesSet() {
        databases().forEach(db -> db.runInTransaction(em -> em.createQuery("DELETE FROM PluginState").executeUpdate()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void switchesAreStoredAndChanged(TestDatabase db) {
        assertEquals(Map.of(), db.inTransaction(em -> states(em).all()), "no plugin switched yet");
        long adminId = newAccount(db);

        db.runInTransaction(em -> states(em).set("welcome", false, adminId));
        db.runInTransaction(em -> states(em).set("plan-templates", true, null));
        assertEquals(Map.of("welcome", false, "plan-templates", true), db.inTransaction(em -> states(em).all()));
        assertEquals(adminId, change(db, "welcome")[1], "changed by");

        Instant beforeChange = Instant.now();
        db.runInTransaction(em -> states(em).set("welcome", true, null));
        assertEquals(Map.of("welcome", true, "plan-templates", true), db.inTransaction(em -> states(em).all()));

        Object[] change = change(db, "welcome");
        assertTrue(!((Instant) change[0]).isBefore(beforeChange.minusMillis(1)), "changed at " + change[0]);
        assertNull(change[1], "changed by nobody in particular");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theChangerMustBeAnAccount(TestDatabase db) {
        assertThrows(PersistenceException.class, () -> db.runInTransaction(em -> {
            states(em).set("welcome", false, -42L);
            em.flush();
        }));

        assertEquals(Map.of(), db.inTransaction(em -> states(em).all()));
    }

    /** When and by whom a plugin was last switched. */
    private static Object[] change(TestDatabase db, String pluginId) {
        return db.inTransaction(em -> em.createQuery(
                        "SELECT s.changedAt, s.changedBy FROM PluginState s WHERE s.pluginId = :id", Object[].class)
                .setParameter("id", pluginId).getSingleResult());
    }

    private static long newAccount(TestDatabase db) {
        return db.inTransaction(em -> {
            Account account = new Account("admin-" + UUID.randomUUID() + "@example.org", "Admin", "hash",
                    NetworkRole.OTHER, PortalRole.ADMIN, Instant.now());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static PluginStates states(EntityManager em) {
        PluginStates states = new PluginStates();
        states.em = em;
        return states;
    }
}
