package org.coproduce.portal.discussion;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.RecordedEvents;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.search.SearchFixtures;

/** Accounts, viewers and services wired to an entity manager, for the discussion persistence tests. */
final class ForumFixtures {

    private ForumFixtures() {
    }

    /** A new account in the database and the viewer it would be (verified or not). */
    static Viewer member(TestDatabase db, String name, PortalRole role, boolean verified) {
        long id = db.inTransaction(em -> {
            Account account = new Account(name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org",
                    name, "pbkdf2-sha256$x", NetworkRole.PRACTITIONER, role, Instant.now());
            em.persist(account);
            em.flush();
            return account.id();
        });
        return new Viewer(Optional.of(id), name, Optional.of(role), verified);
    }

    static Viewer admin(TestDatabase db) {
        return member(db, "Ada Admin", PortalRole.ADMIN, true);
    }

    static Categories categories(EntityManager em) {
        Categories c = new Categories();
        c.em = em;
        c.search = SearchFixtures.outbox(em);
        return c;
    }

    static Threads threads(EntityManager em) {
        Threads t = new Threads();
        t.em = em;
        t.started = new RecordedEvents<>();
        t.search = SearchFixtures.outbox(em);
        return t;
    }

    static Replies replies(EntityManager em) {
        Replies r = new Replies();
        r.em = em;
        r.posted = new RecordedEvents<>();
        r.search = SearchFixtures.outbox(em);
        return r;
    }

    static ThreadModeration moderation(EntityManager em) {
        ThreadModeration m = new ThreadModeration();
        m.em = em;
        return m;
    }

    static ThreadViews views(EntityManager em) {
        ThreadViews v = new ThreadViews();
        v.em = em;
        return v;
    }

    static Follows follows(EntityManager em) {
        Follows f = new Follows();
        f.em = em;
        return f;
    }

    static long category(TestDatabase db, Viewer admin, boolean membersOnly) {
        return db.inTransaction(em -> categories(em).create(admin, "Category " + UUID.randomUUID().toString().substring(0, 8),
                "For testing.", membersOnly, null).id());
    }
}
