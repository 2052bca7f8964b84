package org.coproduce.portal.story;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.PageGuard;

/** The moderators' queue of stories waiting for review, oldest first. */
@Named
@RequestScoped
public class StoryModerationPage {

    static final int PAGE_SIZE = 20;

    @Inject
    RequestViewer viewer;

    @Inject
    PageGuard pageGuard;

    @Inject
    Stories stories;

    private PageOf<StoryViews.Summary> queue;

    /** View action: visitors sign in first; members who are not moderators get 403. */
    public void requireModerator() {
        pageGuard.requireMember();
        if (viewer.get().signedIn() && !viewer.get().has(PortalRole.MODERATOR)) {
            PageSupport.sendError(403, "Only moderators can open this page.");
        }
    }

    public PageOf<StoryViews.Summary> getQueue() {
        if (queue == null) {
            int page = Math.max(1, PageSupport.number(FacesPages.request().getParameter("page"), 1));
            PageOf<Story> found;
            try {
                found = stories.withStatus(StoryStatus.PENDING, page, PAGE_SIZE);
            } catch (Problem badPage) {
                found = stories.withStatus(StoryStatus.PENDING, 1, PAGE_SIZE);
            }
            queue = new PageOf<>(found.items().stream().map(StoryViews::summary).toList(), found.page(), found.size(),
                    found.total());
        }
        return queue;
    }

    public String date(Instant instant) {
        return PageSupport.date(instant);
    }
}
