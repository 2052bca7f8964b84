package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.Contributors;
import org.coproduce.portal.moderation.PostingGate;
import org.coproduce.portal.search.SearchOutbox;

/** Replies: writing one (optionally quoting another of the same thread), editing one's own, finding its page. */
@ApplicationScoped
public class Replies {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Event<ReplyPosted> posted;

    @Inject
    SearchOutbox search;

    @Inject
    PostingGate gate;

    /** Where a reply is: its thread, its number in the thread and the page that shows it. */
    public record Location(long threadId, long replyId, long number, int page) {

        /** The permalink path of the reply. */
        public String path() {
            return "/discussions/thread?id=" + threadId + "&page=" + page + "#reply-" + replyId;
        }
    }

    @Transactional
    public Reply add(Viewer viewer, long threadId, String body, Long quotedReplyId) {
        return add(viewer, threadId, body, quotedReplyId, null);
    }

    /** A reply written in {@code language} ("en", "cy"; null or blank when the writer does not say). */
    @Transactional
    public Reply add(Viewer viewer, long threadId, String body, Long quotedReplyId, String language) {
        return add(viewer, threadId, body, quotedReplyId, language, null, null);
    }

    /**
     * A reply a member of staff ({@code viewer}) posts on someone's behalf, shown with {@code shownName} and linked
     * to the person's account when they have one. Who may do this, and the consent record, are the business of
     * {@code assisted.AssistedPosting}, which calls this in its transaction.
     */
    @Transactional
    public Reply addOnBehalf(Viewer viewer, long threadId, String body, Long quotedReplyId, String language,
            String shownName, Long personAccountId) {
        return add(viewer, threadId, body, quotedReplyId, language, Objects.requireNonNull(shownName), personAccountId);
    }

    private Reply add(Viewer viewer, long threadId, String body, Long quotedReplyId, String language, String shownName,
            Long personAccountId) {
        long author = Contributors.requireVerifiedMember(viewer);
        String code = org.coproduce.portal.preferences.Language.ofContent(language);
        DiscussionThread thread = DiscussionAccess.readableThread(em, threadId, viewer, true);
        Texts check = new Texts();
        PostRules.body(check, "body", body);
        check.throwIfAny();
        if (thread.locked()) {
            throw Threads.lockedProblem(thread);
        }
        if (quotedReplyId != null) {
            Reply quoted = em.find(Reply.class, quotedReplyId);
            if (quoted == null || quoted.threadId() != threadId
                    || !DiscussionAccess.mayReadPost(quoted.state(), quoted.authorId(), viewer)) {
                throw new Problem(Problem.Kind.INVALID, "validation_failed", "The reply you quote is not in this thread.",
                        java.util.List.of(new Problem.FieldMessage("quotedReplyId", "The reply you quote is not in this thread.")), 0);
            }
        }
        boolean waits = gate.admit(viewer, body);
        Instant now = Instant.now();
        Reply reply = new Reply(threadId, author, body, quotedReplyId, now);
        reply.markLanguage(code);
        if (shownName != null) {
            reply.postedOnBehalf(shownName, personAccountId);
        }
        if (waits) {
            reply.moderate(PostState.AWAITING, null);
        }
        em.persist(reply);
        if (!waits) {
            thread.replied(now);
        }
        em.flush();
        if (!waits) {
            posted.fire(new ReplyPosted(threadId, thread.title(), thread.categoryId(), reply.id(), author,
                    viewer.displayName(), body));
        }
        search.changed(SearchOutbox.REPLY, reply.id());
        return reply;
    }

    /** The author changes a reply's text; the change is kept as a revision. */
    @Transactional
    public Reply edit(Viewer viewer, long replyId, String body) {
        return edit(viewer, replyId, body, java.util.Optional.empty());
    }

    /** The author changes a reply's text and, when {@code language} is present, its language ("" for not said). */
    @Transactional
    public Reply edit(Viewer viewer, long replyId, String body, java.util.Optional<String> language) {
        long editor = DiscussionAccess.requireSignedIn(viewer);
        Reply reply = em.find(Reply.class, replyId);
        if (reply == null) {
            throw Problem.notFound(DiscussionAccess.NO_REPLY);
        }
        DiscussionThread thread = DiscussionAccess.readableThread(em, reply.threadId(), viewer, true);
        if (reply.authorId() != editor) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_author", "Only the person who wrote this reply can edit it.");
        }
        Contributors.requireVerifiedMember(viewer);
        Texts check = new Texts();
        PostRules.body(check, "body", body);
        check.throwIfAny();
        if (thread.locked()) {
            throw Threads.lockedProblem(thread);
        }
        if (language.isPresent()) {
            reply.markLanguage(org.coproduce.portal.preferences.Language.ofContent(language.get()));
        }
        if (!Objects.equals(reply.body(), body)) {
            Instant now = Instant.now();
            em.persist(new Revision(thread.id(), reply.id(), editor, now, null, null, reply.body(), body));
            reply.edit(body, now);
            em.flush();
            search.changed(SearchOutbox.REPLY, reply.id());
        }
        return reply;
    }

    /** A reply the viewer may read (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reply get(Viewer viewer, long replyId) {
        Reply reply = em.find(Reply.class, replyId);
        if (reply == null) {
            throw Problem.notFound(DiscussionAccess.NO_REPLY);
        }
        DiscussionAccess.readableThread(em, reply.threadId(), viewer, false);
        if (!DiscussionAccess.mayReadPost(reply.state(), reply.authorId(), viewer)) {
            throw Problem.notFound(DiscussionAccess.NO_REPLY);
        }
        return reply;
    }

    /** A reply the viewer may read, as a quote shows it (two statements). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuoteView quote(Viewer viewer, long replyId) {
        Reply reply = get(viewer, replyId);
        return new QuoteView(reply.id(), DiscussionAccess.names(em, java.util.List.of(reply.authorId())).get(reply.authorId()),
                reply.body());
    }

    /** Where a reply is, with pages of {@code size} replies. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Location locate(Viewer viewer, long replyId, int size) {
        Reply reply = get(viewer, replyId);
        var count = em.createQuery("SELECT COUNT(r) FROM Reply r WHERE r.threadId = :t AND (r.createdAt < :at "
                        + "OR (r.createdAt = :at AND r.id < :id))" + DiscussionAccess.visibleTo("r", viewer), Long.class)
                .setParameter("t", reply.threadId()).setParameter("at", reply.createdAt()).setParameter("id", reply.id());
        DiscussionAccess.bindViewer(count, viewer);
        long before = count.getSingleResult();
        return new Location(reply.threadId(), reply.id(), before + 1, (int) (before / size) + 1);
    }
}
