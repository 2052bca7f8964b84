package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.common.Texts;

/** Moderators pin threads to the top of their category and lock them (no new replies) with a notice. */
@ApplicationScoped
public class ThreadModeration {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Transactional
    public DiscussionThread pin(Viewer viewer, long threadId, boolean pinned) {
        DiscussionAccess.requireModerator(viewer);
        DiscussionThread thread = DiscussionAccess.readableThread(em, threadId, viewer, true);
        thread.pin(pinned);
        em.flush();
        return thread;
    }

    /** Locks (with an optional notice shown on the thread) or unlocks a thread. */
    @Transactional
    public DiscussionThread lock(Viewer viewer, long threadId, boolean locked, String notice) {
        DiscussionAccess.requireModerator(viewer);
        Texts check = new Texts();
        PostRules.notice(check, notice);
        check.throwIfAny();
        DiscussionThread thread = DiscussionAccess.readableThread(em, threadId, viewer, true);
        thread.lock(locked, notice == null || notice.isBlank() ? null : notice.strip());
        em.flush();
        return thread;
    }
}
