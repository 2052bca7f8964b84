package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.persistence.InstantConverter;

/**
 * Members follow threads and categories. Only the state is kept here; the notifications feature mails
 * followers.
 */
@ApplicationScoped
public class Follows {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    /** Follows or stops following a thread the member may read; returns the new state. */
    @Transactional
    public boolean followThread(Viewer viewer, long threadId, boolean follow) {
        long who = DiscussionAccess.requireSignedIn(viewer);
        DiscussionAccess.readableThread(em, threadId, viewer, false);
        return set("forum_thread_follow", "thread_id", who, threadId, follow);
    }

    /** Follows or stops following a category the member may read; returns the new state. */
    @Transactional
    public boolean followCategory(Viewer viewer, long categoryId, boolean follow) {
        long who = DiscussionAccess.requireSignedIn(viewer);
        DiscussionAccess.readableCategory(em, categoryId, viewer);
        return set("forum_category_follow", "category_id", who, categoryId, follow);
    }

    /** Who follows the thread or its category (each once). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> followersOfThread(long threadId, long categoryId) {
        return ids(em.createNativeQuery("SELECT account_id FROM forum_thread_follow WHERE thread_id = ?1 UNION "
                + "SELECT account_id FROM forum_category_follow WHERE category_id = ?2")
                .setParameter(1, threadId).setParameter(2, categoryId).getResultList());
    }

    /** Who follows the category. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> followersOfCategory(long categoryId) {
        return ids(em.createNativeQuery("SELECT account_id FROM forum_category_follow WHERE category_id = ?1")
                .setParameter(1, categoryId).getResultList());
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).distinct().toList();
    }

    private boolean set(String table, String column, long accountId, long id, boolean follow) {
        if (follow) {
            em.createNativeQuery("INSERT INTO " + table + " (account_id, " + column + ", created_at) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT DO NOTHING")
                    .setParameter(1, accountId).setParameter(2, id)
                    .setParameter(3, new InstantConverter().convertToDatabaseColumn(Instant.now())).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1 AND " + column + " = ?2")
                    .setParameter(1, accountId).setParameter(2, id).executeUpdate();
        }
        return follow;
    }
}
