package org.coproduce.portal.demomode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.plugin.demomode.DemoMode;
import org.coproduce.portal.demo.DemoContent;

/** Tells plugins whether demo mode is on: the same rule the core uses for its own demo content. */
@ApplicationScoped
public class PortalDemoMode implements DemoMode {

    @Inject
    DemoContent demo;

    @Override
    public boolean on() {
        return demo.wanted() && demo.embedded();
    }
}
