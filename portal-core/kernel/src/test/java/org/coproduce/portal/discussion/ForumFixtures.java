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
import org.coproduce.portal.moderation.ModerationFixtures;
import org.coproduce.portal.moderation.TrustLevel;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.search.SearchFixtures;

/** Accounts, viewers and services wired to an entity manager, for the discussion persistence tests. */
final class ForumFixtures {

    private ForumFixtures() {
    }

    /**
     * A new account in the database and the viewer it would be (verified or not). The member is trusted, so
     * their posts are published at once: {@link #newMember} makes one whose first posts wait.
     */
    static Viewer member(TestDatabase db, String name, PortalRole role, boolean verified) {
        return member(db, name, role, verified, TrustLevel.TRUSTED);
    }

    /** A new member whose trust level is earned (new: their posts wait for a moderator). */
    static Viewer newMember(TestDatabase db, String name) {
        return member(db, name, PortalRole.MEMBER, true, null);
    }

    static Viewer member(TestDatabase db, String name, PortalRole role, boolean verified, TrustLevel level) {
        long id = db.inTransaction(em -> {
            Account account = new Account(name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org",
                    name, "pbkdf2-sha256$x", NetworkRole.PRACTITIONER, role, Instant.now());
            em.persist(account);
            em.flush();
            if (level != null) {
                ModerationFixtures.trust(em, account.id(), level);
            }
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
        c.audit = org.coproduce.portal.audit.AuditFixtures.log(em);
        return c;
    }

    static Threads threads(EntityManager em) {
        Threads t = new Threads();
        t.em = em;
        t.started = new RecordedEvents<>();
        t.search = SearchFixtures.outbox(em);
        t.gate = ModerationFixtures.gate(em);
        return t;
    }

    static Replies replies(EntityManager em) {
        Replies r = new Replies();
        r.em = em;
        r.posted = new RecordedEvents<>();
        r.search = SearchFixtures.outbox(em);
        r.gate = ModerationFixtures.gate(em);
        return r;
    }

    static ThreadModeration moderation(EntityManager em) {
        ThreadModeration m = new ThreadModeration();
        m.em = em;
        m.audit = ModerationFixtures.audit(em);
        return m;
    }

    static PostModeration postModeration(EntityManager em) {
        PostModeration m = new PostModeration();
        m.em = em;
        m.search = SearchFixtures.outbox(em);
        m.outcomes = new RecordedEvents<>();
        m.started = new RecordedEvents<>();
        m.posted = new RecordedEvents<>();
        m.audit = ModerationFixtures.audit(em);
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
