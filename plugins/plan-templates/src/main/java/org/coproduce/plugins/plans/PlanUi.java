package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.coproduce.plugin.ui.Audience;
import org.coproduce.plugin.ui.NavigationContributor;
import org.coproduce.plugin.ui.NavigationEntry;

/** The "My plans" entry in the navigation for members, and "Plans" (which plans exist) for administrators. */
@ApplicationScoped
public class PlanUi implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry("plan-templates.plans", "My plans", PlanPaths.HOME, 700, Audience.MEMBERS),
                new NavigationEntry("plan-templates.overview", "Plans", PlanPaths.HOME + "overview", 950, Audience.ADMINISTRATORS));
    }
}
