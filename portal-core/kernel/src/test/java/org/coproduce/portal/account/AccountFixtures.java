package org.coproduce.portal.account;

import java.time.Instant;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.persistence.TestDatabase;

/** Accounts for tests in other packages. */
public final class AccountFixtures {

    private AccountFixtures() {
    }

    /** A new member with a unique address, with their address confirmed or not. */
    public static Account member(TestDatabase db, String name, boolean verified) {
        return db.inTransaction(em -> {
            Account account = new Account("member-" + UUID.randomUUID() + "@example.org", name, "pbkdf2-sha256$x",
                    NetworkRole.CARER, PortalRole.MEMBER, Instant.now());
            if (verified) {
                account.markVerified(Instant.now());
            }
            em.persist(account);
            em.flush();
            return account;
        });
    }

    /** A new verified account with the network and portal role given. */
    public static Account verified(TestDatabase db, String name, NetworkRole networkRole, PortalRole role) {
        return db.inTransaction(em -> {
            Account account = new Account("member-" + UUID.randomUUID() + "@example.org", name, "pbkdf2-sha256$x",
                    networkRole, role, Instant.now());
            account.markVerified(Instant.now());
            em.persist(account);
            em.flush();
            return account;
        });
    }
}
