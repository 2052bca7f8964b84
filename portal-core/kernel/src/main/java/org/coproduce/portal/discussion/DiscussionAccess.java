package org.coproduce.portal.discussion;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/** Who may read what, and the lookups the discussion services share (each one statement). */
final class DiscussionAccess {

    static final String NO_CATEGORY = "There is no such discussion category.";
    static final String NO_THREAD = "There is no such discussion thread.";
    static final String NO_REPLY = "There is no such reply.";

    private DiscussionAccess() {
    }

    /** Members-only categories do not exist for visitors: 404, the same as an unknown id. */
    static boolean mayRead(Category category, Viewer viewer) {
        return !category.membersOnly() || viewer.signedIn();
    }

    static Category readableCategory(EntityManager em, long id, Viewer viewer) {
        Category category = em.find(Category.class, id);
        if (category == null || !mayRead(category, viewer)) {
            throw Problem.notFound(NO_CATEGORY);
        }
        return category;
    }

    /** The thread if the viewer may read it (its category is readable), else 404. */
    static DiscussionThread readableThread(EntityManager em, long id, Viewer viewer, boolean lockRow) {
        DiscussionThread thread = lockRow ? em.find(DiscussionThread.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DiscussionThread.class, id);
        if (thread == null) {
            throw Problem.notFound(NO_THREAD);
        }
        Category category = em.find(Category.class, thread.categoryId());
        if (!mayRead(category, viewer) || !mayReadPost(thread.state(), thread.authorId(), viewer)) {
            throw Problem.notFound(NO_THREAD);
        }
        return thread;
    }

    /** Published posts are for everyone who may read the category; waiting and hidden ones for the author and moderators. */
    static boolean mayReadPost(PostState state, long authorId, Viewer viewer) {
        return state == PostState.PUBLISHED || viewer.has(PortalRole.MODERATOR)
                || viewer.accountId().map(id -> id == authorId).orElse(false);
    }

    /**
     * A JPQL condition (starting with " AND") keeping the posts (alias {@code a}, a thread or reply) the viewer may
     * see; bind its parameter with {@link #bindViewer}.
     */
    static String visibleTo(String a, Viewer viewer) {
        if (viewer.has(PortalRole.MODERATOR)) {
            return "";
        }
        if (viewer.signedIn()) {
            return " AND (" + a + ".state = 'PUBLISHED' OR " + a + ".authorId = :viewerId)";
        }
        return " AND " + a + ".state = 'PUBLISHED'";
    }

    static void bindViewer(jakarta.persistence.Query query, Viewer viewer) {
        if (!viewer.has(PortalRole.MODERATOR) && viewer.signedIn()) {
            query.setParameter("viewerId", viewer.accountId().orElseThrow());
        }
    }

    static void requireModerator(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!viewer.has(PortalRole.MODERATOR)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only moderators can do this.");
        }
    }

    static void requireAdmin(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!viewer.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can do this.");
        }
    }

    static long requireSignedIn(Viewer viewer) {
        return viewer.accountId().orElseThrow(() -> new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized",
                "Please sign in first."));
    }

    /** Display names of the accounts, in one statement. */
    static Map<Long, String> names(EntityManager em, Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(new java.util.HashSet<>(accountIds))).getResultList();
        for (Object[] row : rows) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }

    /** A time from an aggregate query, whichever type the database driver gives it (null stays null). */
    static java.time.Instant instant(Object value) {
        if (value == null || value instanceof java.time.Instant) {
            return (java.time.Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
