package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;

/** /plugins/plan-templates/overview: for administrators, which plans exist (never what they say or who they are for). */
@Named("planOverviewPage")
@RequestScoped
public class OverviewPage {

    @Inject
    Plans plans;

    @Inject
    CurrentViewer viewer;

    private List<Views.PlanExistence> existing;

    /** View action: the listing (audited), or sign in, or 403 for anyone but administrators. */
    public void load() {
        try {
            existing = plans.overview(viewer.get());
        } catch (Problem problem) {
            PageSupport.sendError(problem);
        }
    }

    public List<Views.PlanExistence> getPlans() {
        return existing;
    }
}
