package org.coproduce.portal.plugin;

import org.coproduce.plugin.PluginApi;
import org.coproduce.plugin.PluginDescriptor;
import org.coproduce.plugin.PortalPlugin;

/** One discovered plugin and its state in this portal node. */
final class PluginRuntime {

    private final PortalPlugin plugin;
    private final PluginDescriptor descriptor;
    private final String packagePrefix;
    private final boolean compatible;
    private volatile boolean enabled;
    private volatile boolean running;
    private volatile String problem;

    PluginRuntime(PortalPlugin plugin, Class<?> beanClass) {
        this.plugin = plugin;
        this.descriptor = plugin.descriptor();
        this.packagePrefix = beanClass.getPackageName() + ".";
        this.compatible = PluginApi.supports(descriptor.requiredApiVersion());
        this.enabled = true;
    }

    PortalPlugin plugin() {
        return plugin;
    }

    PluginDescriptor descriptor() {
        return descriptor;
    }

    boolean owns(Class<?> type) {
        return type.getName().startsWith(packagePrefix);
    }

    boolean compatible() {
        return compatible;
    }

    boolean enabled() {
        return enabled;
    }

    void enabled(boolean value) {
        enabled = value;
    }

    boolean running() {
        return running;
    }

    void running(boolean value, String why) {
        running = value;
        problem = why;
    }

    /** Whether its hooks may be called now. */
    boolean active() {
        return enabled && running;
    }

    PluginStatus status() {
        String why = problem;
        if (why == null && !compatible) {
            why = "Needs plugin API " + descriptor.requiredApiVersion() + "; this portal provides " + PluginApi.VERSION;
        }
        return new PluginStatus(descriptor.id(), descriptor.name(), descriptor.version(),
                descriptor.requiredApiVersion(), descriptor.description(), enabled, compatible, running,
                enabled ? why : null);
    }
}
