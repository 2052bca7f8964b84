package org.coproduce.plugin;

/**
 * The one bean every plugin provides. The core discovers all of them with CDI; a plugin is never listed by
 * hand.
 *
 * <p>Lifecycle, driven by the core in named phases:
 * <ol>
 * <li><b>migrate</b>: after the core's own migrations, the scripts at
 *     {@link PluginDescriptor#migrationLocation()} run with the plugin's own history table;</li>
 * <li><b>start</b>: {@link #start(PluginContext)} once the database is ready, only when the plugin is
 *     enabled and its required API version is supported;</li>
 * <li><b>stop</b>: {@link #stop()} when an administrator disables it or the portal shuts down.</li>
 * </ol>
 * While a plugin is disabled its pages, REST resources, navigation entries, panels and event listeners are
 * silenced by the core; the plugin need not check anything itself.
 *
 * <p>All of a plugin's classes live in the package of its {@code PortalPlugin} class or below it: that is
 * how the core knows which plugin a REST resource or listener belongs to.
 *
 * @since 1.0
 */
public interface PortalPlugin {

    /** The plugin's descriptor; must return the same value every time. */
    PluginDescriptor descriptor();

    /**
     * Called when the plugin starts (at boot, or when re-enabled). Exceptions leave the plugin stopped and
     * are shown to administrators.
     */
    default void start(PluginContext context) {
    }

    /** Called when the plugin is disabled or the portal stops. */
    default void stop() {
    }
}
