package org.coproduce.plugin;

/**
 * Injectable: tells a plugin who makes the current request. Authorisation decisions are the plugin's, made on
 * the server for every object.
 *
 * @since 1.0
 */
public interface CurrentViewer {

    /**
     * The viewer of the current request ({@link Viewer#ANONYMOUS} for a visitor). Call it while handling a
     * request (a page, a REST resource, a hook called for a page); background work has no viewer.
     */
    Viewer get();
}
