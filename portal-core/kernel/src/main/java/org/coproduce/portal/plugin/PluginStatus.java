package org.coproduce.portal.plugin;

/**
 * A plugin as administrators and the API see it.
 *
 * @param id                 its id
 * @param name               its name
 * @param version            its version
 * @param requiredApiVersion the plugin API version it needs
 * @param description        what it does
 * @param enabled            the administrator's switch
 * @param compatible         whether this portal's plugin API supports it
 * @param running            whether it is started (enabled, compatible and started without error)
 * @param problem            why it is not running although enabled, or null
 */
public record PluginStatus(String id, String name, String version, String requiredApiVersion, String description,
                           boolean enabled, boolean compatible, boolean running, String problem) {
}
