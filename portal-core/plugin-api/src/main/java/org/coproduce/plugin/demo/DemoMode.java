package org.coproduce.plugin.demo;

/**
 * Injectable: whether the portal runs in demo mode, so a plugin can add its own demo content when it starts
 * (only what is missing: a restart must add nothing twice).
 *
 * @since 1.1
 */
public interface DemoMode {

    /**
     * Whether demo mode is on: the portal runs on its embedded database with {@code coproduce.demo} not false, so
     * the demo accounts ({@code practitioner@example.org}, {@code serviceuser@example.org}...) exist.
     */
    boolean on();
}
