package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The index outbox. Services call {@link #changed} in the transaction of the change, so the task exists exactly
 * when the change does; the worker reads tasks back in id order.
 */
@ApplicationScoped
public class SearchOutbox {

    /** Task types of the core's content. */
    public static final String THREAD = "thread";
    public static final String REPLY = "reply";
    public static final String STORY = "story";
    public static final String PRACTICE = "practice";
    public static final String GUIDANCE = "guidance";
    /** Not a document: every thread and reply of the category (its visibility changed). */
    public static final String CATEGORY = "category";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    /** Records that an object changed (created, edited, hidden, withdrawn...); needs the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String type, Object id) {
        if (type == null || type.isBlank() || type.length() > 40 || id == null || String.valueOf(id).length() > 60) {
            throw new IllegalArgumentException("An index task needs a type (at most 40 characters) and an id (at most 60).");
        }
        em.persist(new SearchTask(type, String.valueOf(id), Instant.now()));
    }

    /** Tasks after {@code afterId}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SearchTask> after(long afterId, int limit) {
        return em.createQuery("SELECT t FROM SearchTask t WHERE t.id > :after ORDER BY t.id", SearchTask.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /**
     * Tasks at or below {@code upToId} written since {@code since}: ids come from a sequence in the order they are
     * handed out, not in the order transactions commit, so a task can appear after a higher one was applied.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SearchTask> lateArrivals(long upToId, Instant since, int limit) {
        return em.createQuery("SELECT t FROM SearchTask t WHERE t.id <= :upTo AND t.createdAt >= :since ORDER BY t.id",
                        SearchTask.class)
                .setParameter("upTo", upToId).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    /** The highest task id written so far (0 when there is none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastId() {
        Long max = em.createQuery("SELECT MAX(t.id) FROM SearchTask t", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Deletes applied tasks older than {@code before}; returns how many. */
    @Transactional
    public int prune(long appliedUpTo, Instant before) {
        return em.createQuery("DELETE FROM SearchTask t WHERE t.id <= :upTo AND t.createdAt < :before")
                .setParameter("upTo", appliedUpTo).setParameter("before", before).executeUpdate();
    }
}
