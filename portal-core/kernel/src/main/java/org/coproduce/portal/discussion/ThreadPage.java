package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.moderation.SpamTrap;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.cache.ContentChanges;

/**
 * /discussions/thread?id=N&amp;page=P (&amp;quote=M): a thread with one page of replies, the reply form (quoting a
 * reply when asked), following, and the moderators' pin and lock buttons.
 */
@Named
@RequestScoped
public class ThreadPage {

    private String language;

    @Inject
    Threads threads;

    @Inject
    Replies replies;

    @Inject
    ThreadModeration moderation;

    @Inject
    ThreadViews views;

    @Inject
    Follows follows;

    @Inject
    RequestViewer viewer;

    private String id;
    private String page;
    private String quote;
    private ThreadDetail thread;
    private QuoteView quoted;
    private Long quotedFor;
    private String replyBody;
    private String quotedReplyId;
    private String lockNotice;
    private long generation;

    /** View action (first request only): loads the thread and counts the view, or answers 404. */
    public void load() {
        try {
            ensureLoaded();
            var request = FacesPages.request();
            if (views.record(thread.id(), ThreadViews.viewerKey(viewer.get(), request.getRemoteAddr(),
                    request.getHeader("User-Agent")))) {
                thread = thread.viewedOnceMore();
            }
            if (quotedReplyId == null && DiscussionPages.id(quote) != null) {
                quotedReplyId = quote.strip();
            }
        } catch (Problem problem) {
            DiscussionPages.sendError(problem);
        }
    }

    private void ensureLoaded() {
        if (thread == null) {
            id = DiscussionPages.param(id, "id");
            page = DiscussionPages.param(page, "page");
            Long threadId = DiscussionPages.id(id);
            if (threadId == null) {
                throw Problem.notFound(DiscussionAccess.NO_THREAD);
            }
            generation = ContentChanges.generation();
            thread = threads.open(threadId, DiscussionPages.page(page), Threads.REPLIES_PER_PAGE, viewer.get());
            if (thread.replies().page() > thread.replies().pages()) {
                throw Problem.notFound("This thread has no page " + thread.replies().page() + ".");
            }
        }
    }

    public String postReply() {
        try {
            ensureLoaded();
            SpamTrap.check(FacesPages.request().getParameter(SpamTrap.FIELD));
            Reply reply = replies.add(viewer.get(), thread.id(), replyBody, DiscussionPages.id(quotedReplyId), language);
            FacesPages.flashInfo(reply.state() == PostState.AWAITING
                    ? "Your reply is saved. As you are new here, it waits for a moderator before others can see it."
                    : "Your reply is posted.");
            FacesPages.redirect(replies.locate(viewer.get(), reply.id(), Threads.REPLIES_PER_PAGE).path());
        } catch (Problem problem) {
            FacesPages.show(problem, "reply");
        }
        return null;
    }

    public String toggleFollow() {
        try {
            ensureLoaded();
            boolean now = follows.followThread(viewer.get(), thread.id(), !thread.following());
            FacesPages.flashInfo(now ? "You now follow this thread." : "You no longer follow this thread.");
            back();
        } catch (Problem problem) {
            FacesPages.show(problem, "follow");
        }
        return null;
    }

    public String togglePin() {
        try {
            ensureLoaded();
            boolean pinned = moderation.pin(viewer.get(), thread.id(), !thread.pinned()).pinned();
            FacesPages.flashInfo(pinned ? "The thread is pinned to the top of its category." : "The thread is no longer pinned.");
            back();
        } catch (Problem problem) {
            FacesPages.show(problem, "moderate");
        }
        return null;
    }

    public String lock() {
        try {
            ensureLoaded();
            moderation.lock(viewer.get(), thread.id(), true, lockNotice);
            FacesPages.flashInfo("The thread is locked: it takes no new replies.");
            back();
        } catch (Problem problem) {
            FacesPages.show(problem, "moderate");
        }
        return null;
    }

    public String unlock() {
        try {
            ensureLoaded();
            moderation.lock(viewer.get(), thread.id(), false, null);
            FacesPages.flashInfo("The thread is open for replies again.");
            back();
        } catch (Problem problem) {
            FacesPages.show(problem, "moderate");
        }
        return null;
    }

    private void back() {
        FacesPages.redirect("/discussions/thread?id=" + thread.id() + "&page=" + thread.replies().page());
    }

    public ThreadDetail getThread() {
        if (thread == null) {
            try {
                ensureLoaded();
            } catch (Problem problem) {
                return null;
            }
        }
        return thread;
    }

    /** The reply being quoted in the form, if any and if it belongs to this thread. */
    public QuoteView getQuoted() {
        Long replyId = DiscussionPages.id(quotedReplyId);
        if (replyId == null) {
            return null;
        }
        if (!replyId.equals(quotedFor)) {
            quotedFor = replyId;
            quoted = null;
            if (getThread() != null) {
                try {
                    QuoteView candidate = thread.replies().items().stream().filter(r -> r.id() == replyId).findFirst()
                            .map(r -> new QuoteView(r.id(), r.authorName(), r.body()))
                            .orElseGet(() -> replies.get(viewer.get(), replyId).threadId() == thread.id()
                                    ? replies.quote(viewer.get(), replyId) : null);
                    quoted = candidate;
                } catch (Problem problem) {
                    quoted = null;
                }
            }
        }
        return quoted;
    }

    /**
     * What the list of replies shows, as a key for {@code <cp:fragment>}: the thread's page, the content generation
     * it was read at, what the viewer may do in it (quote; edit their own replies). Null when nothing is loaded.
     */
    public String getRepliesKey() {
        if (getThread() == null) {
            return null;
        }
        StringBuilder key = new StringBuilder("thread-replies|").append(thread.id()).append('|')
                .append(thread.replies().page()).append('|').append(generation).append('|').append(getReplyState());
        if (!thread.locked()) {
            viewer.get().accountId().ifPresent(me -> thread.replies().items().stream()
                    .filter(r -> r.authorId() == me).forEach(r -> key.append(',').append(r.id())));
        }
        return key.toString();
    }

    public List<Integer> getPageNumbers() {
        return getThread() == null ? List.of() : Pager.numbers(thread.replies().page(), thread.replies().pages());
    }

    /** What the reply area shows: "reply", "join", "confirm" or "locked". */
    public String getReplyState() {
        var who = viewer.get();
        if (getThread() != null && thread.locked()) {
            return "locked";
        }
        if (!who.signedIn()) {
            return "join";
        }
        return who.verified() ? "reply" : "confirm";
    }

    public boolean isModerator() {
        return viewer.get().has(PortalRole.MODERATOR);
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public boolean isMine(long authorId) {
        return viewer.get().accountId().map(me -> me == authorId).orElse(false);
    }

    public String getLoginPath() {
        return "/login?returnTo=" + java.net.URLEncoder.encode("/discussions/thread?id=" + id,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }

    public String getQuotedReplyId() {
        return quotedReplyId;
    }

    public void setQuotedReplyId(String quotedReplyId) {
        this.quotedReplyId = quotedReplyId;
    }

    public String getLockNotice() {
        return lockNotice;
    }

    public void setLockNotice(String lockNotice) {
        this.lockNotice = lockNotice;
    }

    /** Whether the viewer may reply on someone else's behalf (see {@code assisted.AssistedPosting}). */
    public boolean isMayAssist() {
        return org.coproduce.portal.assisted.AssistedPosting.mayAssist(viewer.account().orElse(null));
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
