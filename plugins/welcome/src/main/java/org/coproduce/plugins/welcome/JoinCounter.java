package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.plugin.event.AccountRegistered;
import org.coproduce.plugin.event.PortalEventListener;

/** Counts the members who join while the plugin is on (the core calls it in the registration's transaction). */
@ApplicationScoped
public class JoinCounter implements PortalEventListener<AccountRegistered> {

    @Inject
    WelcomeMessages messages;

    @Override
    public Class<AccountRegistered> eventType() {
        return AccountRegistered.class;
    }

    @Override
    public void on(AccountRegistered event) {
        messages.countJoined();
    }
}
