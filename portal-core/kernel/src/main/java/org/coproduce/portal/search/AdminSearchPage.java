package org.coproduce.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/** /admin/search: the index's state and the last rebuild's progress, a rebuild button, the synonym list. */
@Named
@RequestScoped
public class AdminSearchPage {

    @Inject
    SearchStatusReader statusReader;

    @Inject
    SearchWorker worker;

    @Inject
    Synonyms synonyms;

    @Inject
    RequestViewer viewer;

    private SearchStatus status;
    private String rules;

    /** View action (first request only): the stored synonym list into the form. */
    public void load() {
        rules = synonyms.rules();
    }

    public SearchStatus getStatus() {
        if (status == null) {
            status = statusReader.read();
        }
        return status;
    }

    public String rebuild() {
        if (!viewer.get().has(PortalRole.ADMIN)) {
            FacesPages.show(new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can rebuild the index."),
                    "rebuild");
            return null;
        }
        worker.requestRebuild();
        FacesPages.flashInfo("The rebuild has started. Searches keep working on the current index until it is done.");
        FacesPages.redirect("/admin/search");
        return null;
    }

    public String saveSynonyms() {
        try {
            synonyms.save(viewer.get(), rules);
            FacesPages.flashInfo("The synonym list is saved; searches use it from now on. The index is being rebuilt "
                    + "with it in the background, which makes searches with synonyms faster when it is done.");
            FacesPages.redirect("/admin/search");
        } catch (Problem problem) {
            FacesPages.show(problem, "synonyms");
        }
        return null;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }
}
