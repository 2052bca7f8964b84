package org.coproduce.portal.demomode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.plugin.demo.DemoMode;
import org.coproduce.portal.demo.DemoContent;

/** Tells plugins whether demo mode is on, by the same rule the core's demo content follows. */
@ApplicationScoped
public class PortalDemoMode implements DemoMode {

    @Inject
    DemoContent demo;

    @Override
    public boolean on() {
        return demo.on();
    }
}
