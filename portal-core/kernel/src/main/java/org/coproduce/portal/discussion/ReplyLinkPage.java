package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/** /discussions/reply?id=M: finds the page of a reply and goes to its permalink. */
@Named
@RequestScoped
public class ReplyLinkPage {

    @Inject
    Replies replies;

    @Inject
    RequestViewer viewer;

    private String id;

    public void go() {
        try {
            Long replyId = DiscussionPages.id(id);
            if (replyId == null) {
                throw Problem.notFound(DiscussionAccess.NO_REPLY);
            }
            FacesPages.redirect(replies.locate(viewer.get(), replyId, Threads.REPLIES_PER_PAGE).path());
        } catch (Problem problem) {
            DiscussionPages.sendError(problem);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
