package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.plugin.PluginContext;
import org.coproduce.plugin.PluginDescriptor;
import org.coproduce.plugin.PortalPlugin;

/** The plan templates plugin's descriptor: on start it adds its demo content (in demo mode) and starts reminders. */
@ApplicationScoped
public class PlanTemplatesPlugin implements PortalPlugin {

    static final String ID = "plan-templates";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Plan templates", "1.0.0", "1.1",
            "Person-centred plans the participant co-owns, started from versioned plan templates.");

    @Inject
    ShippedTemplates shipped;

    @Inject
    ReviewReminders reminders;

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PluginContext context) {
        shipped.addMissing();
        reminders.start();
    }

    @Override
    public void stop() {
        reminders.stop();
    }
}
