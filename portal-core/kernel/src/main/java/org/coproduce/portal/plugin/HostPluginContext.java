package org.coproduce.portal.plugin;

import java.nio.file.Path;
import org.coproduce.plugin.PluginContext;

/** The context the core hands a plugin when it starts. */
record HostPluginContext(String pluginId, Path dataDirectory, String baseUrl) implements PluginContext {
}
