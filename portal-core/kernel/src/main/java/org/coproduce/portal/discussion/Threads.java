package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.Contributors;
import org.coproduce.portal.moderation.PostingGate;
import org.coproduce.portal.search.SearchOutbox;

/**
 * Discussion threads: listing a category, opening a thread with one page of replies, starting and editing
 * threads, and their revisions. Opening a thread takes the same number of statements however long it is.
 */
@ApplicationScoped
public class Threads {

    /** Replies per page unless asked otherwise. */
    public static final int REPLIES_PER_PAGE = 20;
    /** Threads per page of a category unless asked otherwise. */
    public static final int THREADS_PER_PAGE = 20;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Event<ThreadStarted> started;

    @Inject
    SearchOutbox search;

    @Inject
    PostingGate gate;

    /** One page of a category's threads: pinned first, then by last activity. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<ThreadSummary> list(long categoryId, int page, int size, Viewer viewer) {
        return list(categoryId, Optional.empty(), page, size, viewer);
    }

    /** One page of a category's threads with the tag (a lower-case tag, see {@link PostRules#tagFilter}), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<ThreadSummary> list(long categoryId, Optional<String> tag, int page, int size, Viewer viewer) {
        int offset = PageOf.offset(page, size);
        DiscussionAccess.readableCategory(em, categoryId, viewer);
        // Tags are kept space-separated in one column: " a b " holds the tag b as " b ".
        String where = " WHERE t.categoryId = :c" + (tag.isPresent() ? " AND CONCAT(CONCAT(' ', t.tags), ' ') LIKE :tagged" : "")
                + DiscussionAccess.visibleTo("t", viewer);
        var count = em.createQuery("SELECT COUNT(t) FROM DiscussionThread t" + where, Long.class).setParameter("c", categoryId);
        var select = em.createQuery("SELECT t FROM DiscussionThread t" + where
                + " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC", DiscussionThread.class)
                .setParameter("c", categoryId);
        DiscussionAccess.bindViewer(count, viewer);
        DiscussionAccess.bindViewer(select, viewer);
        tag.ifPresent(name -> {
            count.setParameter("tagged", "% " + name + " %");
            select.setParameter("tagged", "% " + name + " %");
        });
        long total = count.getSingleResult();
        List<DiscussionThread> threads = select.setFirstResult(offset).setMaxResults(size).getResultList();
        Map<Long, String> names = DiscussionAccess.names(em, threads.stream().map(DiscussionThread::authorId).toList());
        List<ThreadSummary> items = threads.stream().map(t -> new ThreadSummary(t.id(), t.categoryId(), t.title(),
                t.tags(), t.authorId(), names.get(t.authorId()), t.createdAt(), t.replyCount(), t.viewCount(),
                t.lastActivityAt(), t.pinned(), t.locked(), t.state().word())).toList();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * A thread with one page of its replies, oldest first, each with its quoted reply: a fixed number of
     * statements (thread, category, replies, quoted replies, author names, follow state), whatever the length.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadDetail open(long threadId, int page, int size, Viewer viewer) {
        int offset = PageOf.offset(page, size);
        DiscussionThread thread = DiscussionAccess.readableThread(em, threadId, viewer, false);
        Category category = em.find(Category.class, thread.categoryId());
        var select = em.createQuery("SELECT r FROM Reply r WHERE r.threadId = :t" + DiscussionAccess.visibleTo("r", viewer)
                + " ORDER BY r.createdAt, r.id", Reply.class).setParameter("t", threadId);
        DiscussionAccess.bindViewer(select, viewer);
        List<Reply> replies = select.setFirstResult(offset).setMaxResults(size).getResultList();
        long total = thread.replyCount();
        if (viewer.signedIn()) {
            // Members also see their own waiting or hidden replies, moderators all: count what this viewer sees.
            var count = em.createQuery("SELECT COUNT(r) FROM Reply r WHERE r.threadId = :t"
                    + DiscussionAccess.visibleTo("r", viewer), Long.class).setParameter("t", threadId);
            DiscussionAccess.bindViewer(count, viewer);
            total = count.getSingleResult();
        }
        Set<Long> quotedIds = new HashSet<>();
        replies.forEach(r -> {
            if (r.quotedReplyId() != null) {
                quotedIds.add(r.quotedReplyId());
            }
        });
        Map<Long, Reply> quoted = new HashMap<>();
        if (!quotedIds.isEmpty()) {
            em.createQuery("SELECT r FROM Reply r WHERE r.id IN :ids", Reply.class).setParameter("ids", List.copyOf(quotedIds))
                    .getResultList().forEach(r -> quoted.put(r.id(), r));
        }
        List<Long> authorIds = new ArrayList<>();
        authorIds.add(thread.authorId());
        replies.forEach(r -> authorIds.add(r.authorId()));
        quoted.values().forEach(r -> authorIds.add(r.authorId()));
        Map<Long, String> names = DiscussionAccess.names(em, authorIds);
        List<ReplyView> views = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply r = replies.get(i);
            Reply q = r.quotedReplyId() == null ? null : quoted.get(r.quotedReplyId());
            views.add(new ReplyView(r.id(), r.threadId(), offset + i + 1L, r.authorId(), names.get(r.authorId()),
                    r.body(), r.createdAt(), r.editedAt(),
                    q == null || !DiscussionAccess.mayReadPost(q.state(), q.authorId(), viewer) ? null
                            : new QuoteView(q.id(), names.get(q.authorId()), q.body()), r.language(),
                    r.behalfName(), r.state().word()));
        }
        boolean following = viewer.signedIn() && !em.createNativeQuery(
                        "SELECT 1 FROM forum_thread_follow WHERE account_id = ?1 AND thread_id = ?2")
                .setParameter(1, viewer.accountId().orElseThrow()).setParameter(2, threadId).getResultList().isEmpty();
        return new ThreadDetail(thread.id(), category.id(), category.name(), category.membersOnly(), thread.title(),
                thread.body(), thread.language(), thread.tags(), thread.authorId(), names.get(thread.authorId()), thread.createdAt(),
                thread.editedAt(), thread.lastActivityAt(), thread.replyCount(), thread.viewCount(), thread.pinned(),
                thread.locked(), thread.lockNotice(), following,
                new PageOf<>(views, page, size, total), thread.state().word(),
                thread.state() == PostState.PUBLISHED ? null : thread.moderationReason());
    }

    /** Starts a thread in a category the member may read. Only verified members post. */
    @Transactional
    public DiscussionThread start(Viewer viewer, Long categoryId, String title, String body, List<String> tags) {
        return start(viewer, categoryId, title, body, tags, null);
    }

    /** Starts a thread written in {@code language} ("en", "cy"; null or blank when the writer does not say). */
    @Transactional
    public DiscussionThread start(Viewer viewer, Long categoryId, String title, String body, List<String> tags,
            String language) {
        long author = Contributors.requireVerifiedMember(viewer);
        String code = org.coproduce.portal.preferences.Language.ofContent(language);
        Texts check = new Texts();
        if (categoryId == null) {
            check.problem("categoryId", "Please choose a category.");
        }
        PostRules.title(check, title);
        PostRules.body(check, "body", body);
        List<String> cleanTags = PostRules.tags(check, tags);
        check.throwIfAny();
        Category category = DiscussionAccess.readableCategory(em, categoryId, viewer);
        boolean waits = gate.admit(viewer, body);
        DiscussionThread thread = new DiscussionThread(categoryId, author, title, body, cleanTags, Instant.now());
        thread.markLanguage(code);
        if (waits) {
            thread.moderate(PostState.AWAITING, null);
        }
        em.persist(thread);
        em.flush();
        if (!waits) {
            started.fire(new ThreadStarted(thread.id(), title, categoryId, category.name(), author, viewer.displayName(), body));
        }
        search.changed(SearchOutbox.THREAD, thread.id());
        return thread;
    }

    /** The author changes title, body and tags; the change is kept as a revision. */
    @Transactional
    public DiscussionThread edit(Viewer viewer, long threadId, String title, String body, List<String> tags) {
        return edit(viewer, threadId, title, body, tags, Optional.empty());
    }

    /**
     * The author changes title, body, tags and, when {@code language} is present, the language it is marked in
     * (an empty string: not said); the change of text is kept as a revision.
     */
    @Transactional
    public DiscussionThread edit(Viewer viewer, long threadId, String title, String body, List<String> tags,
            Optional<String> language) {
        long editor = DiscussionAccess.requireSignedIn(viewer);
        DiscussionThread thread = DiscussionAccess.readableThread(em, threadId, viewer, true);
        if (thread.authorId() != editor) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_author", "Only the person who started this thread can edit it.");
        }
        Contributors.requireVerifiedMember(viewer);
        Texts check = new Texts();
        PostRules.title(check, title);
        PostRules.body(check, "body", body);
        List<String> cleanTags = PostRules.tags(check, tags);
        check.throwIfAny();
        if (thread.locked()) {
            throw lockedProblem(thread);
        }
        if (language.isPresent()) {
            thread.markLanguage(org.coproduce.portal.preferences.Language.ofContent(language.get()));
        }
        if (!Objects.equals(thread.title(), title) || !Objects.equals(thread.body(), body)
                || !thread.tags().equals(cleanTags)) {
            Instant now = Instant.now();
            em.persist(new Revision(thread.id(), null, editor, now, thread.title(), title, thread.body(), body));
            thread.edit(title, body, cleanTags, now);
            em.flush();
            search.changed(SearchOutbox.THREAD, thread.id());
        }
        return thread;
    }

    /**
     * The revisions of a thread and its replies that the viewer may see, newest first: moderators see all,
     * members the edits of their own posts. Visitors get 401.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionView> revisions(Viewer viewer, long threadId) {
        long who = DiscussionAccess.requireSignedIn(viewer);
        DiscussionAccess.readableThread(em, threadId, viewer, false);
        String jpql = "SELECT r FROM Revision r WHERE r.threadId = :t"
                + (viewer.has(PortalRole.MODERATOR) ? "" : " AND r.editorId = :me") + " ORDER BY r.editedAt DESC, r.id DESC";
        var query = em.createQuery(jpql, Revision.class).setParameter("t", threadId);
        if (!viewer.has(PortalRole.MODERATOR)) {
            query.setParameter("me", who);
        }
        List<Revision> revisions = query.getResultList();
        Map<Long, String> names = DiscussionAccess.names(em, revisions.stream().map(Revision::editorId).toList());
        return revisions.stream().map(r -> new RevisionView(r.id(), r.threadId(), r.replyId(), r.editorId(),
                names.get(r.editorId()), r.editedAt(), r.oldTitle(), r.newTitle(), r.oldBody(), r.newBody(),
                LineDiff.between(r.oldBody(), r.newBody()).stream()
                        .map(l -> new RevisionView.DiffLineView(l.label(), l.text())).toList())).toList();
    }

    static Problem lockedProblem(DiscussionThread thread) {
        String notice = thread.lockNotice() == null || thread.lockNotice().isBlank() ? ""
                : " The moderators say: " + thread.lockNotice();
        return new Problem(Problem.Kind.CONFLICT, "thread_locked",
                "This thread is locked by the moderators, so it takes no new replies or edits." + notice);
    }
}
