package org.coproduce.plugin;

/**
 * Injectable: tells a plugin who makes the current request. Authorisation decisions are the plugin's, made on
 * the server for every object.
 *
 * @since 1.0
 */
public interface CurrentViewer {

    /** The viewer of the current request; {@link Viewer#ANONYMOUS} outside a request. */
    Viewer get();
}
