package org.coproduce.portal.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.portal.auth.RequestViewer;

/** /discussions/: the categories the viewer may read. */
@Named
@RequestScoped
public class DiscussionsPage {

    @Inject
    Categories categories;

    @Inject
    RequestViewer viewer;

    private List<CategoryView> list;

    public List<CategoryView> getCategories() {
        if (list == null) {
            list = categories.list(viewer.get());
        }
        return list;
    }
}
