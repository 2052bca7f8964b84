package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;

/** /plugins/plan-templates/templates: the published templates with their sections. */
@Named("planTemplatesPage")
@RequestScoped
public class TemplatesPage {

    @Inject
    Templates templates;

    @Inject
    CurrentViewer viewer;

    private List<Views.Template> shown;

    public List<Views.Template> getTemplates() {
        if (shown == null) {
            shown = templates.readable(viewer.get());
        }
        return shown;
    }
}
