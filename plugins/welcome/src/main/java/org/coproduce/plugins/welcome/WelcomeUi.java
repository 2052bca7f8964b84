package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.ui.Audience;
import org.coproduce.plugin.ui.NavigationContributor;
import org.coproduce.plugin.ui.NavigationEntry;
import org.coproduce.plugin.ui.Panel;
import org.coproduce.plugin.ui.PanelContributor;
import org.coproduce.plugin.ui.Slot;

/** The welcome panel on the home page and the "Welcome" entry in the navigation. */
@ApplicationScoped
public class WelcomeUi implements NavigationContributor, PanelContributor {

    @Inject
    WelcomeMessages messages;

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry("welcome.page", "Welcome", "/plugins/welcome/", 150, Audience.EVERYONE));
    }

    @Override
    public List<Panel> panels(Slot slot, Viewer viewer) {
        if (slot != Slot.HOME_TOP) {
            return List.of();
        }
        WelcomeMessage message = messages.current();
        return List.of(new Panel("welcome.panel", message.heading(), List.of(message.body()),
                "More about this network", "/plugins/welcome/", 100));
    }
}
