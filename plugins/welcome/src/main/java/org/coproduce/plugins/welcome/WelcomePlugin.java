package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.ApplicationScoped;
import org.coproduce.plugin.PluginDescriptor;
import org.coproduce.plugin.PortalPlugin;

/** The welcome plugin's descriptor. */
@ApplicationScoped
public class WelcomePlugin implements PortalPlugin {

    static final String ID = "welcome";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Welcome", "1.0.0", "1.1",
            "Greets visitors on the home page with a message administrators can edit.");

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
