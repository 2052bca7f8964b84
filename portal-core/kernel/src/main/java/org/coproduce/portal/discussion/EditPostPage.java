package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/** /discussions/edit?thread=N or ?reply=M: the author edits a thread or a reply; each edit keeps a revision. */
@Named
@RequestScoped
public class EditPostPage {

    @Inject
    Threads threads;

    @Inject
    Replies replies;

    @Inject
    RequestViewer viewer;

    private String thread;
    private String reply;
    private long threadId;
    private String title;
    private String body;
    private String tags;
    private String language;

    /** View action (first request only): fills the form with the current text; only the author may edit. */
    public void load() {
        try {
            Long replyId = DiscussionPages.id(reply);
            if (replyId != null) {
                Reply r = replies.get(viewer.get(), replyId);
                requireAuthor(r.authorId(), "Only the person who wrote this reply can edit it.");
                threadId = r.threadId();
                body = r.body();
                language = r.language() == null ? "" : r.language();
            } else {
                Long id = DiscussionPages.id(thread);
                if (id == null) {
                    throw Problem.notFound(DiscussionAccess.NO_THREAD);
                }
                ThreadDetail t = threads.open(id, 1, 1, viewer.get());
                requireAuthor(t.authorId(), "Only the person who started this thread can edit it.");
                threadId = t.id();
                title = t.title();
                body = t.body();
                tags = String.join(", ", t.tags());
                language = t.language() == null ? "" : t.language();
            }
        } catch (Problem problem) {
            DiscussionPages.sendError(problem);
        }
    }

    private void requireAuthor(long authorId, String message) {
        if (viewer.get().accountId().map(me -> me != authorId).orElse(true)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_author", message);
        }
    }

    public String save() {
        try {
            reply = DiscussionPages.param(reply, "reply");
            thread = DiscussionPages.param(thread, "thread");
            Long replyId = DiscussionPages.id(reply);
            if (replyId != null) {
                replies.edit(viewer.get(), replyId, body, java.util.Optional.ofNullable(language));
                FacesPages.flashInfo("Your reply is saved. The earlier text is kept in the thread's history.");
                FacesPages.redirect(replies.locate(viewer.get(), replyId, Threads.REPLIES_PER_PAGE).path());
            } else {
                Long id = DiscussionPages.id(thread);
                if (id == null) {
                    throw Problem.notFound(DiscussionAccess.NO_THREAD);
                }
                threads.edit(viewer.get(), id, title, body, PostRules.splitTags(tags), java.util.Optional.ofNullable(language));
                FacesPages.flashInfo("Your thread is saved. The earlier text is kept in its history.");
                FacesPages.redirect("/discussions/thread?id=" + id);
            }
        } catch (Problem problem) {
            FacesPages.show(problem, "edit");
        }
        return null;
    }

    public boolean isEditingReply() {
        reply = DiscussionPages.param(reply, "reply");
        return DiscussionPages.id(reply) != null;
    }

    public long getThreadId() {
        return threadId;
    }

    public String getThread() {
        return thread;
    }

    public void setThread(String thread) {
        this.thread = thread;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
