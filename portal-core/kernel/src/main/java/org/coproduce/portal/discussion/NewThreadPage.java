package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.moderation.SpamTrap;
import org.coproduce.portal.web.FacesPages;

/** /discussions/new?category=N: starting a thread. */
@Named
@RequestScoped
public class NewThreadPage {

    @Inject
    Categories categories;

    @Inject
    Threads threads;

    @Inject
    RequestViewer viewer;

    private String category;
    private CategoryView categoryView;
    private String title;
    private String body;
    private String tags;
    private String language;

    /** View action: the category must be readable. */
    public void load() {
        try {
            getCategoryView();
        } catch (Problem problem) {
            DiscussionPages.sendError(problem);
        }
    }

    public CategoryView getCategoryView() {
        if (categoryView == null) {
            Long id = DiscussionPages.id(category);
            if (id == null) {
                throw Problem.notFound(DiscussionAccess.NO_CATEGORY);
            }
            categoryView = categories.get(id, viewer.get());
        }
        return categoryView;
    }

    public String start() {
        try {
            SpamTrap.check(FacesPages.request().getParameter(SpamTrap.FIELD));
            DiscussionThread thread = threads.start(viewer.get(), DiscussionPages.id(category), title, body,
                    PostRules.splitTags(tags), language);
            FacesPages.flashInfo(thread.state() == PostState.AWAITING
                    ? "Your thread is saved. As you are new here, it waits for a moderator before others can see it."
                    : "Your thread is started.");
            FacesPages.redirect("/discussions/thread?id=" + thread.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "thread");
        }
        return null;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
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
