package org.coproduce.portal.boot;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** How far start-up has come; the readiness check reports it. */
@ApplicationScoped
public class BootState {

    private final Instant began = Instant.now();
    private volatile BootMilestone milestone = BootMilestone.STARTING;
    private volatile String failure;
    private volatile Duration took;

    void reached(BootMilestone next) {
        milestone = next;
        if (next == BootMilestone.READY) {
            took = Duration.between(began, Instant.now());
        }
    }

    void failed(String why) {
        failure = why;
        milestone = BootMilestone.FAILED;
    }

    public BootMilestone milestone() {
        return milestone;
    }

    public boolean ready() {
        return milestone == BootMilestone.READY;
    }

    public String failure() {
        return failure;
    }

    /** How long start-up took, once ready. */
    public Duration took() {
        return took;
    }
}
