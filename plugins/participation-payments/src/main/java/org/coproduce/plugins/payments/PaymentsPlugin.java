package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.plugin.PluginContext;
import org.coproduce.plugin.PluginDescriptor;
import org.coproduce.plugin.PortalPlugin;
import org.coproduce.plugin.demo.DemoMode;

/** The participation-payments plugin's descriptor and start-up (receipt folder, demo content). */
@ApplicationScoped
public class PaymentsPlugin implements PortalPlugin {

    static final String ID = "participation-payments";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Participation payments", "1.0.0", "1.1",
            "Pays people fairly and on time for taking part: activities, involvement agreements, fee and expense claims "
                    + "with receipts, approval by the lead and finance, benefit-limit warnings and totals per tax year.");

    @Inject
    ReceiptStore receipts;

    @Inject
    DemoMode demoMode;

    @Inject
    PaymentsDemo demo;

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PluginContext context) {
        receipts.useFolder(context.dataDirectory());
        if (demoMode.on()) {
            demo.load();
        }
    }
}
