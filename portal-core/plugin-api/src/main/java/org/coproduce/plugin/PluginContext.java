package org.coproduce.plugin;

import java.nio.file.Path;

/**
 * What the core hands a plugin when it starts.
 *
 * @since 1.0
 */
public interface PluginContext {

    /** The plugin's id. */
    String pluginId();

    /** A folder the plugin may keep files in (created on demand), inside the portal's data folder. */
    Path dataDirectory();

    /** The portal's public base URL, for links in mails (for example {@code http://localhost:9080}). */
    String baseUrl();
}
