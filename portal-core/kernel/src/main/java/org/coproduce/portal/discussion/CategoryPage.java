package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.web.FacesPages;

/** /discussions/category?id=N&amp;page=P: one page of a category's threads, and following the category. */
@Named
@RequestScoped
public class CategoryPage {

    @Inject
    Categories categories;

    @Inject
    Threads threads;

    @Inject
    Follows follows;

    @Inject
    RequestViewer viewer;

    private String id;
    private String page;
    private String tag;
    private Optional<String> tagFilter = Optional.empty();
    private CategoryView category;
    private PageOf<ThreadSummary> list;

    /** View action: loads the category, or answers 404. */
    public void load() {
        try {
            ensureLoaded();
        } catch (Problem problem) {
            DiscussionPages.sendError(problem);
        }
    }

    private void ensureLoaded() {
        if (category == null) {
            id = DiscussionPages.param(id, "id");
            page = DiscussionPages.param(page, "page");
            tag = DiscussionPages.param(tag, "tag");
            Long categoryId = DiscussionPages.id(id);
            if (categoryId == null) {
                throw Problem.notFound(DiscussionAccess.NO_CATEGORY);
            }
            category = categories.get(categoryId, viewer.get());
            tagFilter = PostRules.tagFilter(tag);
            list = threads.list(categoryId, tagFilter, DiscussionPages.page(page), Threads.THREADS_PER_PAGE, viewer.get());
            if (list.page() > list.pages()) {
                throw Problem.notFound("This category has no page " + list.page() + ".");
            }
        }
    }

    public String toggleFollow() {
        try {
            ensureLoaded();
            boolean now = follows.followCategory(viewer.get(), category.id(), !category.following());
            FacesPages.flashInfo(now ? "You now follow " + category.name() + "." : "You no longer follow " + category.name() + ".");
            FacesPages.redirect("/discussions/category?id=" + category.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "follow");
        }
        return null;
    }

    /** The category, loaded on first use (on a form post the view action does not run). */
    public CategoryView getCategory() {
        if (category == null) {
            try {
                ensureLoaded();
            } catch (Problem problem) {
                return null;
            }
        }
        return category;
    }

    public PageOf<ThreadSummary> getThreads() {
        getCategory();
        return list;
    }

    public List<Integer> getPageNumbers() {
        return getThreads() == null ? List.of() : Pager.numbers(list.page(), list.pages());
    }

    /** The tag the listing is filtered by (lower case), or null. */
    public String getTagFilter() {
        getCategory();
        return tagFilter.orElse(null);
    }

    /** The address of a page of this listing, keeping the tag filter. */
    public String pagePath(int number) {
        return "/discussions/category?id=" + category.id() + tagFilter.map(t -> "&tag=" + t).orElse("") + "&page=" + number;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
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
}
