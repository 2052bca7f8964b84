package org.coproduce.portal.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.plugin.PluginDescriptor;
import org.coproduce.plugin.PortalPlugin;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.plugin.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every plugin the portal found, with its switch and lifecycle. This is the one place that decides whether a
 * plugin's hooks may run: {@link #isActiveOwner(Class)} answers for any class, so the guards for pages,
 * resources, navigation, panels and events all ask the same question.
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    @Any
    Instance<PortalPlugin> plugins;

    @Inject
    PluginStates states;

    @Inject
    org.coproduce.portal.audit.AuditLog audit;

    @Inject
    AccountSettings accountSettings;

    @Inject
    @ConfigProperty(name = "coproduce.data.dir", defaultValue = "data")
    String dataDir;

    private final Map<String, PluginRuntime> runtimes = new LinkedHashMap<>();

    /**
     * The plugin each class asked about belongs to (empty: the core's). Guards ask on every request and search, and
     * a class's owner never changes once the plugins are found; only whether that plugin is active does, and that is
     * read from its runtime each time. Replaced, not cleared, when plugins are found, so a lookup that raced the
     * discovery can only have filled the old map.
     */
    private volatile Map<Class<?>, Optional<PluginRuntime>> owners = new ConcurrentHashMap<>();

    /** Boot phase "discover": finds the plugins (CDI beans), in id order. Duplicate ids fail the boot. */
    public synchronized List<PluginDescriptor> discover() {
        if (!runtimes.isEmpty()) {
            return descriptors();
        }
        List<PluginRuntime> found = new ArrayList<>();
        for (Instance.Handle<PortalPlugin> handle : plugins.handles()) {
            found.add(new PluginRuntime(handle.get(), handle.getBean().getBeanClass()));
        }
        found.sort(Comparator.comparing(r -> r.descriptor().id()));
        for (PluginRuntime runtime : found) {
            if (runtimes.putIfAbsent(runtime.descriptor().id(), runtime) != null) {
                throw new IllegalStateException("Two plugins have the id " + runtime.descriptor().id());
            }
        }
        owners = new ConcurrentHashMap<>();
        LOG.info(() -> "Plugins found: " + runtimes.keySet());
        return descriptors();
    }

    /** Boot phase "start": reads the switches and starts every enabled, compatible plugin. */
    public synchronized void startAll() {
        Map<String, Boolean> switches = states.all();
        for (PluginRuntime runtime : runtimes.values()) {
            runtime.enabled(switches.getOrDefault(runtime.descriptor().id(), true));
            if (runtime.enabled()) {
                start(runtime);
            }
        }
    }

    @PreDestroy
    synchronized void stopAll() {
        runtimes.values().stream().filter(PluginRuntime::running).forEach(this::stop);
    }

    /** Turns a plugin on or off at once, without a restart. */
    public synchronized PluginStatus setEnabled(String id, boolean enabled, org.coproduce.plugin.Viewer by) {
        Long byAccount = by.accountId().orElse(null);
        PluginRuntime runtime = runtime(id).orElseThrow(() -> Problem.notFound("There is no plugin called " + id + "."));
        boolean before = runtime.status().enabled();
        states.set(id, enabled, byAccount);
        audit.write(by, "admin", enabled ? "plugin.enable" : "plugin.disable", "plugin", id,
                "before: " + (before ? "on" : "off") + "; after: " + (enabled ? "on" : "off"));
        runtime.enabled(enabled);
        if (enabled && !runtime.running()) {
            start(runtime);
        } else if (!enabled && runtime.running()) {
            stop(runtime);
        }
        LOG.info(() -> "Plugin " + id + (enabled ? " enabled" : " disabled") + " by account " + byAccount);
        return runtime.status();
    }

    public synchronized List<PluginStatus> statuses() {
        return runtimes.values().stream().map(PluginRuntime::status).toList();
    }

    public synchronized List<PluginDescriptor> descriptors() {
        return runtimes.values().stream().map(PluginRuntime::descriptor).toList();
    }

    /** Whether the plugin with this id exists and its hooks may run now. */
    public boolean isActive(String id) {
        PluginRuntime runtime;
        synchronized (this) {
            runtime = runtimes.get(id);
        }
        return runtime != null && runtime.active();
    }

    /**
     * Whether code of this class may run: true for the core's own classes, and for a plugin's classes only
     * while that plugin is active.
     */
    public boolean isActiveOwner(Class<?> type) {
        return owner(type).map(PluginRuntime::active).orElse(true);
    }

    /** The id of the plugin a class belongs to, if it belongs to one. */
    public Optional<String> ownerId(Class<?> type) {
        return owner(type).map(r -> r.descriptor().id());
    }

    private Optional<PluginRuntime> owner(Class<?> type) {
        Map<Class<?>, Optional<PluginRuntime>> known = owners;
        Optional<PluginRuntime> owner = known.get(type);
        if (owner == null) {
            owner = findOwner(type);
            known.put(type, owner);
        }
        return owner;
    }

    private synchronized Optional<PluginRuntime> findOwner(Class<?> type) {
        return runtimes.values().stream().filter(r -> r.owns(type)).findFirst();
    }

    private synchronized Optional<PluginRuntime> runtime(String id) {
        return Optional.ofNullable(runtimes.get(id));
    }

    private void start(PluginRuntime runtime) {
        PluginDescriptor d = runtime.descriptor();
        if (!runtime.compatible()) {
            runtime.running(false, null);
            LOG.warning(() -> "Plugin " + d.id() + " needs plugin API " + d.requiredApiVersion() + " and is not started.");
            return;
        }
        try {
            runtime.plugin().start(new HostPluginContext(d.id(), Path.of(dataDir, "plugins", d.id()),
                    accountSettings.baseUrl()));
            runtime.running(true, null);
            LOG.info(() -> "Plugin " + d.id() + " " + d.version() + " started.");
        } catch (RuntimeException e) {
            runtime.running(false, "It failed to start: " + e.getMessage());
            LOG.log(Level.SEVERE, "Plugin " + d.id() + " failed to start", e);
        }
    }

    private void stop(PluginRuntime runtime) {
        try {
            runtime.plugin().stop();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + runtime.descriptor().id() + " failed to stop cleanly", e);
        }
        runtime.running(false, null);
    }
}
