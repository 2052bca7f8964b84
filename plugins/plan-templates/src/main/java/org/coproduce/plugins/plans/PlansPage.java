package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;

/** /plugins/plan-templates/: the member's plans, and starting a new one from a published template. */
@Named("plansPage")
@RequestScoped
public class PlansPage {

    @Inject
    Plans plans;

    @Inject
    Templates templates;

    @Inject
    CurrentViewer viewer;

    private List<Views.PlanSummary> mine;
    private List<Views.TemplateSummary> published;
    private Map<String, String> errors = Map.of();
    private String templateId;
    private String participantEmail;
    private String relationship;

    /** View action: visitors sign in first. */
    public void load() {
        if (!viewer.get().signedIn()) {
            PageSupport.signInFirst();
        }
    }

    public List<Views.PlanSummary> getMine() {
        if (mine == null) {
            mine = viewer.get().signedIn() ? plans.mine(viewer.get()) : List.of();
        }
        return mine;
    }

    public List<Views.TemplateSummary> getTemplates() {
        if (published == null) {
            published = templates.list(viewer.get()).stream().filter(t -> t.publishedVersion() != null).toList();
        }
        return published;
    }

    public String start() {
        try {
            long id = plans.start(viewer.get(), new Plans.StartRequest(PageSupport.id(templateId), participantEmail, relationship));
            PageSupport.redirect(PlanPaths.plan(id) + "&done=started");
        } catch (Problem problem) {
            errors = PageSupport.show(problem);
        }
        return null;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public String getParticipantEmail() {
        return participantEmail;
    }

    public void setParticipantEmail(String participantEmail) {
        this.participantEmail = participantEmail;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }
}
