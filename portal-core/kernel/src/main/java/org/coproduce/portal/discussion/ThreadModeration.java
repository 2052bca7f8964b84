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

    @jakarta.inject.Inject
    org.coproduce.portal.moderation.ModerationAudit audit;

    @Transactional
    public DiscussionThread pin(Viewer viewer, long threadId, boolean pinned) {
        DiscussionAccess.requireModerator(viewer);
        DiscussionThread thread = DiscussionAccess.readableThread(em, threadId, viewer, true);
        boolean before = thread.pinned();
        thread.pin(pinned);
        em.flush();
        audit.record(viewer, pinned ? "thread.pin" : "thread.unpin", "thread", threadId, null,
                before ? "pinned" : "not pinned", pinned ? "pinned" : "not pinned");
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
        String before = thread.locked() ? "locked" + (thread.lockNotice() == null ? "" : ": " + thread.lockNotice()) : "open";
        thread.lock(locked, notice == null || notice.isBlank() ? null : notice.strip());
        em.flush();
        audit.record(viewer, locked ? "thread.lock" : "thread.unlock", "thread", threadId, thread.lockNotice(), before,
                thread.locked() ? "locked" + (thread.lockNotice() == null ? "" : ": " + thread.lockNotice()) : "open");
        return thread;
    }
}
