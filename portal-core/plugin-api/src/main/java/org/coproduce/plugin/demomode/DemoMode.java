package org.coproduce.plugin.demomode;

/**
 * Injectable: whether the portal runs in demo mode, so that a plugin can add its own demo content when it
 * starts (idempotently: only what is missing), exactly when the core adds its own.
 *
 * @since 1.1
 */
public interface DemoMode {

    /** Whether demo mode is on: the setting {@code coproduce.demo} is not false and the database is the embedded one. */
    boolean on();
}
