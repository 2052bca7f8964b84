package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.ModerationOutcome;
import org.coproduce.portal.content.ModerationOutcome.Decision;
import org.coproduce.portal.moderation.ModerationAudit;
import org.coproduce.portal.search.SearchOutbox;

/**
 * Moderators' decisions about threads and replies: approve a waiting post, reject it or hide a post with a reason
 * for the author, restore a hidden one, edit one (kept as a revision with the reason), and move a thread to
 * another category. Each decision tells the author ({@link ModerationOutcome}), tells the search index and is
 * written to the audit log with its before and after.
 */
@ApplicationScoped
public class PostModeration {

    /** What a moderator can do to a post. */
    public enum Action {
        APPROVE, REJECT, HIDE, RESTORE
    }

    /** A post as the moderators' queue shows it. */
    public record WaitingPost(String contentType, long id, long threadId, String threadTitle, String excerpt,
            long authorId, String authorName, Instant createdAt, String state) {
    }

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    SearchOutbox search;

    @Inject
    Event<ModerationOutcome> outcomes;

    @Inject
    Event<ThreadStarted> started;

    @Inject
    Event<ReplyPosted> posted;

    @Inject
    ModerationAudit audit;

    /** Threads and replies waiting for a moderator, oldest first (at most {@code limit}; three statements). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WaitingPost> waiting(Viewer moderator, int limit) {
        DiscussionAccess.requireModerator(moderator);
        List<DiscussionThread> threads = em.createQuery("SELECT t FROM DiscussionThread t WHERE t.state = 'AWAITING' "
                + "ORDER BY t.createdAt, t.id", DiscussionThread.class).setMaxResults(limit).getResultList();
        List<Object[]> replies = em.createQuery("SELECT r, t.title FROM Reply r, DiscussionThread t WHERE t.id = r.threadId "
                + "AND r.state = 'AWAITING' ORDER BY r.createdAt, r.id", Object[].class).setMaxResults(limit).getResultList();
        List<Long> authors = new java.util.ArrayList<>(threads.stream().map(DiscussionThread::authorId).toList());
        replies.forEach(row -> authors.add(((Reply) row[0]).authorId()));
        Map<Long, String> names = DiscussionAccess.names(em, authors);
        List<WaitingPost> posts = new java.util.ArrayList<>();
        threads.forEach(t -> posts.add(new WaitingPost("thread", t.id(), t.id(), t.title(), excerpt(t.body()),
                t.authorId(), names.get(t.authorId()), t.createdAt(), t.state().word())));
        replies.forEach(row -> {
            Reply r = (Reply) row[0];
            posts.add(new WaitingPost("reply", r.id(), r.threadId(), (String) row[1], excerpt(r.body()), r.authorId(),
                    names.get(r.authorId()), r.createdAt(), r.state().word()));
        });
        posts.sort(java.util.Comparator.comparing(WaitingPost::createdAt));
        return posts.size() > limit ? posts.subList(0, limit) : posts;
    }

    /** Whether a thread or reply exists, and its state and author: null when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WaitingPost find(String contentType, long id) {
        if ("thread".equals(contentType)) {
            DiscussionThread t = em.find(DiscussionThread.class, id);
            return t == null ? null : new WaitingPost("thread", t.id(), t.id(), t.title(), excerpt(t.body()), t.authorId(),
                    null, t.createdAt(), t.state().word());
        }
        Reply r = em.find(Reply.class, id);
        if (r == null) {
            return null;
        }
        DiscussionThread t = em.find(DiscussionThread.class, r.threadId());
        return new WaitingPost("reply", r.id(), r.threadId(), t.title(), excerpt(r.body()), r.authorId(), null,
                r.createdAt(), r.state().word());
    }

    /** Approves, rejects, hides or restores a thread ({@code contentType} "thread") or reply ("reply"). */
    @Transactional
    public PostState decide(Viewer moderator, String contentType, long id, Action action, String reason) {
        DiscussionAccess.requireModerator(moderator);
        Texts check = new Texts();
        if ((action == Action.REJECT || action == Action.HIDE) && (reason == null || reason.isBlank())) {
            check.problem("reason", "Please give a reason: the author will read it.");
        }
        if (reason != null && reason.length() > 1000) {
            check.problem("reason", "The reason can be at most 1000 characters long.");
        }
        check.throwIfAny();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if ("thread".equals(contentType)) {
            DiscussionThread thread = em.find(DiscussionThread.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (thread == null) {
                throw Problem.notFound(DiscussionAccess.NO_THREAD);
            }
            requireNotOwn(moderator, thread.authorId());
            PostState before = thread.state();
            PostState after = next(before, action);
            thread.moderate(after, after == PostState.PUBLISHED ? null : why);
            em.flush();
            if (action == Action.APPROVE) {
                Category category = em.find(Category.class, thread.categoryId());
                started.fire(new ThreadStarted(thread.id(), thread.title(), thread.categoryId(), category.name(),
                        thread.authorId(), name(thread.authorId()), thread.body()));
            }
            search.changed(SearchOutbox.THREAD, thread.id());
            outcomes.fire(new ModerationOutcome(thread.authorId(), "thread", thread.id(), thread.title(), decision(action),
                    why, "/discussions/thread?id=" + thread.id()));
            audit.record(moderator, "thread." + action.name().toLowerCase(java.util.Locale.ROOT), "thread", id, why,
                    before.word(), after.word());
            return after;
        }
        if (!"reply".equals(contentType)) {
            throw Problem.invalid(Map.of("contentType", "Moderators act here on threads and replies only."));
        }
        Reply reply = em.find(Reply.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reply == null) {
            throw Problem.notFound(DiscussionAccess.NO_REPLY);
        }
        requireNotOwn(moderator, reply.authorId());
        DiscussionThread thread = em.find(DiscussionThread.class, reply.threadId(), LockModeType.PESSIMISTIC_WRITE);
        PostState before = reply.state();
        PostState after = next(before, action);
        reply.moderate(after, after == PostState.PUBLISHED ? null : why);
        if (before == PostState.PUBLISHED && after != PostState.PUBLISHED) {
            thread.countReplies(-1, null);
        } else if (before != PostState.PUBLISHED && after == PostState.PUBLISHED) {
            thread.countReplies(1, Instant.now());
        }
        em.flush();
        if (action == Action.APPROVE) {
            posted.fire(new ReplyPosted(thread.id(), thread.title(), thread.categoryId(), reply.id(), reply.authorId(),
                    name(reply.authorId()), reply.body()));
        }
        search.changed(SearchOutbox.REPLY, reply.id());
        outcomes.fire(new ModerationOutcome(reply.authorId(), "reply", reply.id(), thread.title(), decision(action), why,
                "/discussions/reply?id=" + reply.id()));
        audit.record(moderator, "reply." + action.name().toLowerCase(java.util.Locale.ROOT), "reply", id, why,
                before.word(), after.word());
        return after;
    }

    /** A moderator edits someone's thread or reply; the change is kept as a revision with the reason. */
    @Transactional
    public void edit(Viewer moderator, String contentType, long id, String title, String body, String reason) {
        long editor = DiscussionAccess.requireSignedIn(moderator);
        DiscussionAccess.requireModerator(moderator);
        Texts check = new Texts();
        if ("thread".equals(contentType)) {
            PostRules.title(check, title);
        }
        PostRules.body(check, "body", body);
        if (reason == null || reason.isBlank()) {
            check.problem("reason", "Please give a reason: the author will read it.");
        } else if (reason.length() > 1000) {
            check.problem("reason", "The reason can be at most 1000 characters long.");
        }
        check.throwIfAny();
        Instant now = Instant.now();
        String why = reason.strip();
        if ("thread".equals(contentType)) {
            DiscussionThread thread = em.find(DiscussionThread.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (thread == null) {
                throw Problem.notFound(DiscussionAccess.NO_THREAD);
            }
            if (Objects.equals(thread.title(), title) && Objects.equals(thread.body(), body)) {
                return;
            }
            em.persist(new Revision(thread.id(), null, editor, now, thread.title(), title, thread.body(), body).because(why));
            String before = thread.title() + "\n" + thread.body();
            thread.edit(title, body, thread.tags(), now);
            em.flush();
            search.changed(SearchOutbox.THREAD, thread.id());
            outcomes.fire(new ModerationOutcome(thread.authorId(), "thread", thread.id(), thread.title(), Decision.EDITED,
                    why, "/discussions/thread?id=" + thread.id()));
            audit.record(moderator, "thread.edit", "thread", id, why, before, title + "\n" + body);
            return;
        }
        Reply reply = em.find(Reply.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reply == null || !"reply".equals(contentType)) {
            throw Problem.notFound(DiscussionAccess.NO_REPLY);
        }
        if (Objects.equals(reply.body(), body)) {
            return;
        }
        DiscussionThread thread = em.find(DiscussionThread.class, reply.threadId());
        em.persist(new Revision(thread.id(), reply.id(), editor, now, null, null, reply.body(), body).because(why));
        String before = reply.body();
        reply.edit(body, now);
        em.flush();
        search.changed(SearchOutbox.REPLY, reply.id());
        outcomes.fire(new ModerationOutcome(reply.authorId(), "reply", reply.id(), thread.title(), Decision.EDITED, why,
                "/discussions/reply?id=" + reply.id()));
        audit.record(moderator, "reply.edit", "reply", id, why, before, body);
    }

    /** A moderator moves a thread to another category. */
    @Transactional
    public DiscussionThread move(Viewer moderator, long threadId, Long categoryId, String reason) {
        DiscussionAccess.requireModerator(moderator);
        if (categoryId == null) {
            throw Problem.invalid(Map.of("categoryId", "Please choose the category to move the thread to."));
        }
        DiscussionThread thread = em.find(DiscussionThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null) {
            throw Problem.notFound(DiscussionAccess.NO_THREAD);
        }
        Category target = em.find(Category.class, categoryId);
        if (target == null) {
            throw Problem.invalid(Map.of("categoryId", DiscussionAccess.NO_CATEGORY));
        }
        Category from = em.find(Category.class, thread.categoryId());
        thread.moveTo(categoryId);
        em.flush();
        search.changed(SearchOutbox.THREAD, thread.id());
        audit.record(moderator, "thread.move", "thread", threadId, reason, "category " + from.name(),
                "category " + target.name());
        return thread;
    }

    /**
     * A moderator merges one thread into another: the source's opening post becomes a reply of the target (keeping
     * its author and time), the source's replies, revisions and followers move to the target, and the source is
     * hidden with a note pointing to the target. Counts and the search index follow.
     */
    @Transactional
    public DiscussionThread merge(Viewer moderator, long sourceId, Long targetId, String reason) {
        DiscussionAccess.requireModerator(moderator);
        if (targetId == null) {
            throw Problem.invalid(Map.of("targetId", "Please give the number of the thread to merge into."));
        }
        if (targetId == sourceId) {
            throw Problem.invalid(Map.of("targetId", "A thread cannot be merged into itself."));
        }
        DiscussionThread source = em.find(DiscussionThread.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
        DiscussionThread target = em.find(DiscussionThread.class, targetId, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw Problem.notFound(DiscussionAccess.NO_THREAD);
        }
        if (target == null || target.state() == PostState.HIDDEN) {
            throw Problem.invalid(Map.of("targetId", "There is no shown thread with this number to merge into."));
        }
        if (source.state() == PostState.HIDDEN) {
            throw new Problem(Problem.Kind.CONFLICT, "wrong_state", "This thread is hidden, so it cannot be merged.");
        }
        Reply opening = new Reply(target.id(), source.authorId(), "**" + source.title() + "**\n\n" + source.body(), null,
                source.createdAt());
        em.persist(opening);
        em.flush();
        em.createNativeQuery("UPDATE forum_reply SET thread_id = ?1 WHERE thread_id = ?2")
                .setParameter(1, target.id()).setParameter(2, source.id()).executeUpdate();
        em.createNativeQuery("UPDATE forum_revision SET thread_id = ?1 WHERE thread_id = ?2")
                .setParameter(1, target.id()).setParameter(2, source.id()).executeUpdate();
        em.createNativeQuery("INSERT INTO forum_thread_follow (account_id, thread_id, created_at) SELECT account_id, ?1, "
                        + "created_at FROM forum_thread_follow WHERE thread_id = ?2 ON CONFLICT DO NOTHING")
                .setParameter(1, target.id()).setParameter(2, source.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM forum_thread_follow WHERE thread_id = ?1").setParameter(1, source.id())
                .executeUpdate();
        long published = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM forum_reply WHERE thread_id = ?1 "
                + "AND state = 'PUBLISHED'").setParameter(1, target.id()).getSingleResult()).longValue();
        target.countReplies((int) (published - target.replyCount()), source.lastActivityAt());
        String note = "Merged into \u201c" + target.title() + "\u201d (thread " + target.id() + ")."
                + (reason == null || reason.isBlank() ? "" : " " + reason.strip());
        source.moderate(PostState.HIDDEN, note.length() > 1000 ? note.substring(0, 1000) : note);
        em.flush();
        em.clear();
        search.changed(SearchOutbox.THREAD, target.id());
        search.changed(SearchOutbox.THREAD, sourceId);
        audit.record(moderator, "thread.merge", "thread", sourceId, reason, "thread " + sourceId + " shown",
                "merged into thread " + targetId + "; " + published + " replies there");
        return em.find(DiscussionThread.class, targetId);
    }

    private String name(long accountId) {
        return DiscussionAccess.names(em, List.of(accountId)).get(accountId);
    }

    /** A moderator does not decide about their own post: another moderator does, so the decision is not theirs alone. */
    private static void requireNotOwn(Viewer moderator, long authorId) {
        if (moderator.accountId().map(id -> id == authorId).orElse(false)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "own_post",
                    "You wrote this, so another moderator needs to decide about it.");
        }
    }

    private static PostState next(PostState from, Action action) {
        PostState to = switch (action) {
            case APPROVE -> from == PostState.AWAITING ? PostState.PUBLISHED : null;
            case REJECT -> from == PostState.AWAITING ? PostState.HIDDEN : null;
            case HIDE -> from == PostState.HIDDEN ? null : PostState.HIDDEN;
            case RESTORE -> from == PostState.HIDDEN ? PostState.PUBLISHED : null;
        };
        if (to == null) {
            throw new Problem(Problem.Kind.CONFLICT, "wrong_state", "This post is " + describe(from)
                    + ", so it cannot be " + past(action) + ".");
        }
        return to;
    }

    private static String describe(PostState state) {
        return switch (state) {
            case PUBLISHED -> "published";
            case AWAITING -> "waiting for a moderator";
            case HIDDEN -> "hidden";
        };
    }

    private static String past(Action action) {
        return switch (action) {
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case HIDE -> "hidden";
            case RESTORE -> "restored";
        };
    }

    private static Decision decision(Action action) {
        return switch (action) {
            case APPROVE -> Decision.APPROVED;
            case REJECT -> Decision.REJECTED;
            case HIDE -> Decision.HIDDEN;
            case RESTORE -> Decision.RESTORED;
        };
    }

    static String excerpt(String body) {
        String text = org.coproduce.portal.content.MarkdownRenderer.toPlainText(body);
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
