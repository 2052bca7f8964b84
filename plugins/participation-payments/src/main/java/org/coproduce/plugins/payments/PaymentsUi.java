package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.coproduce.plugin.ui.Audience;
import org.coproduce.plugin.ui.NavigationContributor;
import org.coproduce.plugin.ui.NavigationEntry;

/** The "My payments" entry in the navigation, for signed-in members. */
@ApplicationScoped
public class PaymentsUi implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry("participation-payments.mine", "My payments", PaymentsPaths.BASE, 700, Audience.MEMBERS));
    }
}
