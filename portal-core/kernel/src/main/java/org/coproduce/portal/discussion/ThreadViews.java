package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduce.plugin.Viewer;

/**
 * Counts a thread's views once per viewer per day: a member by account, a visitor by a hash of their network
 * address and browser (nothing readable is stored). The unique key (thread, viewer, day) decides; a node
 * remembers what it recorded today, so a reader's later requests cost no database write.
 */
@ApplicationScoped
public class ThreadViews {

    /** Views this node has already recorded, so that a reader's further requests today skip the database. */
    private static final int REMEMBERED = 200_000;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    private final Set<String> recorded = ConcurrentHashMap.newKeySet();
    private volatile long recordedDay;

    /** The key that stands for this viewer: the account, or a hash of what identifies a visitor. */
    public static String viewerKey(Viewer viewer, String visitorAddress, String visitorAgent) {
        if (viewer.signedIn()) {
            return "a:" + viewer.accountId().orElseThrow();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (visitorAddress + "|" + visitorAgent).getBytes(StandardCharsets.UTF_8));
            return "v:" + HexFormat.of().formatHex(hash).substring(0, 62);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a view of an existing thread today (UTC); true if it counted (the first today by this viewer). */
    @Transactional
    public boolean record(long threadId, String viewerKey) {
        return record(threadId, viewerKey, LocalDate.now(ZoneOffset.UTC));
    }

    @Transactional
    public boolean record(long threadId, String viewerKey, LocalDate day) {
        if (alreadyRecorded(threadId + "|" + viewerKey, day.toEpochDay())) {
            return false;
        }
        int added = em.createNativeQuery("INSERT INTO forum_view (thread_id, viewer_key, view_day) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, threadId).setParameter(2, viewerKey).setParameter(3, (int) day.toEpochDay())
                .executeUpdate();
        if (added == 0) {
            return false;
        }
        em.createNativeQuery("UPDATE forum_thread SET view_count = view_count + 1 WHERE id = ?1")
                .setParameter(1, threadId).executeUpdate();
        return true;
    }

    /** Whether this node recorded the view today already; remembers it otherwise (the table stays the judge). */
    private boolean alreadyRecorded(String key, long day) {
        if (day != recordedDay || recorded.size() > REMEMBERED) {
            recorded.clear();
            recordedDay = day;
        }
        return !recorded.add(key);
    }
}
