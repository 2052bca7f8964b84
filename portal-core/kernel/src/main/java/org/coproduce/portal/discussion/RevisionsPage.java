package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;

/** /discussions/revisions?id=N: the edits of a thread and its replies, as line diffs (moderators and authors). */
@Named
@RequestScoped
public class RevisionsPage {

    @Inject
    Threads threads;

    @Inject
    RequestViewer viewer;

    private String id;
    private ThreadDetail thread;
    private List<RevisionView> revisions;

    public void load() {
        try {
            Long threadId = DiscussionPages.id(id);
            if (threadId == null) {
                throw Problem.notFound(DiscussionAccess.NO_THREAD);
            }
            thread = threads.open(threadId, 1, 1, viewer.get());
            revisions = threads.revisions(viewer.get(), threadId);
        } catch (Problem problem) {
            DiscussionPages.sendError(problem);
        }
    }

    public boolean isModerator() {
        return viewer.get().has(PortalRole.MODERATOR);
    }

    public ThreadDetail getThread() {
        return thread;
    }

    public List<RevisionView> getRevisions() {
        return revisions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
