package org.coproduce.portal.discussion;

import jakarta.persistence.EntityManager;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.persistence.TestDatabase;

/** The discussion services wired to an entity manager, for persistence tests in other packages. */
public final class DiscussionFixtures {

    private DiscussionFixtures() {
    }

    public static Threads threads(EntityManager em) {
        return ForumFixtures.threads(em);
    }

    public static Replies replies(EntityManager em) {
        return ForumFixtures.replies(em);
    }

    /** A new open category, made by an administrator. */
    public static long category(TestDatabase db) {
        return ForumFixtures.category(db, ForumFixtures.admin(db), false);
    }

    public static Viewer admin(TestDatabase db) {
        return ForumFixtures.admin(db);
    }
}
