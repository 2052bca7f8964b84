package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the plugin's page {@code /plugins/welcome/}. */
@Named("welcomePage")
@RequestScoped
public class WelcomePage {

    @Inject
    WelcomeMessages messages;

    private WelcomeMessage message;

    public WelcomeMessage getMessage() {
        if (message == null) {
            message = messages.current();
        }
        return message;
    }
}
