package org.coproduce.portal.story;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.web.FacesPages;

/** The stories page: published stories, newest first, ten to a page; and the signed-in member's own. */
@Named
@RequestScoped
public class StoriesPage {

    static final int PAGE_SIZE = 10;

    @Inject
    RequestViewer viewer;

    @Inject
    Stories stories;

    private PageOf<StoryViews.Summary> published;
    private List<StoryViews.Summary> mine = List.of();

    @PostConstruct
    void load() {
        int page = Math.max(1, PageSupport.number(FacesPages.request().getParameter("page"), 1));
        PageOf<Story> found;
        try {
            found = stories.published(page, PAGE_SIZE);
        } catch (Problem tooFar) {
            found = stories.published(1, PAGE_SIZE);
        }
        published = new PageOf<>(found.items().stream().map(StoryViews::summary).toList(), found.page(),
                found.size(), found.total());
        Viewer who = viewer.get();
        if (who.signedIn()) {
            mine = stories.byAuthor(who.accountId().orElseThrow(), 1, 50).items().stream().map(StoryViews::summary).toList();
        }
    }

    public PageOf<StoryViews.Summary> getPublished() {
        return published;
    }

    public List<StoryViews.Summary> getMine() {
        return mine;
    }

    public boolean isHasPrevious() {
        return published.page() > 1;
    }

    public boolean isHasNext() {
        return published.page() < published.pages();
    }

    /** What an author reads about their own story's state. */
    public String state(StoryViews.Summary story) {
        if (story.withdrawn()) {
            return "Withdrawn: only you can see it";
        }
        return StoryStatus.valueOf(story.status()).label();
    }

    public String date(Instant instant) {
        return PageSupport.date(instant);
    }
}
