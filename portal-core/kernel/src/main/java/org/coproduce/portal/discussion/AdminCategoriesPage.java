package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/** /admin/categories (?edit=N): administrators add discussion categories and change them. */
@Named
@RequestScoped
public class AdminCategoriesPage {

    @Inject
    Categories categories;

    @Inject
    RequestViewer viewer;

    private String edit;
    private String name;
    private String description;
    private boolean membersOnly;
    private Integer position;
    private List<CategoryView> list;

    /** View action (first request only): with ?edit=N, fills the form with that category. */
    public void load() {
        Long id = DiscussionPages.id(edit);
        if (id != null && viewer.get().signedIn()) {
            try {
                CategoryView c = categories.get(id, viewer.get());
                name = c.name();
                description = c.description();
                membersOnly = c.membersOnly();
                position = c.position();
            } catch (Problem problem) {
                DiscussionPages.sendError(problem);
            }
        }
    }

    public String save() {
        try {
            Long id = DiscussionPages.id(edit);
            if (id == null) {
                categories.create(viewer.get(), name, description, membersOnly, position);
                FacesPages.flashInfo("The category " + name + " is added.");
            } else {
                categories.update(viewer.get(), id, name, description, membersOnly, position);
                FacesPages.flashInfo("The category " + name + " is saved.");
            }
            FacesPages.redirect("/admin/categories");
        } catch (Problem problem) {
            FacesPages.show(problem, "category");
        }
        return null;
    }

    public List<CategoryView> getCategories() {
        if (list == null) {
            list = categories.list(viewer.get());
        }
        return list;
    }

    public boolean isEditing() {
        edit = DiscussionPages.param(edit, "edit");
        return DiscussionPages.id(edit) != null;
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }
}
