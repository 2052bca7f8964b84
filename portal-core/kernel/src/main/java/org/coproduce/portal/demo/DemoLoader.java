package org.coproduce.portal.demo;

/**
 * A feature's demo content, loaded in demo mode after the demo accounts, inside the same transaction.
 * Implemented by beans of the kernel's feature packages; each must add only what is missing, so that a
 * restart adds nothing twice. Loaders run in order of {@link #order()}.
 */
public interface DemoLoader {

    /** Lower runs first (accounts are always first). */
    int order();

    /** Adds this feature's demo content where it is missing. */
    void load();
}
