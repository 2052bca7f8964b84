package org.coproduce.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.coproduce.plugin.event.PortalEvent;
import org.coproduce.plugin.event.PortalEventListener;

/**
 * Delivers portal events to the listeners of active plugins (and the core's own), synchronously, in the
 * caller's transaction.
 */
@ApplicationScoped
public class PluginEvents {

    @Inject
    @Any
    Instance<PortalEventListener<?>> listeners;

    @Inject
    PluginRegistry registry;

    public void publish(PortalEvent event) {
        for (Instance.Handle<PortalEventListener<?>> handle : listeners.handles()) {
            if (registry.isActiveOwner(handle.getBean().getBeanClass())) {
                deliver(handle.get(), event);
            }
        }
    }

    private static <E extends PortalEvent> void deliver(PortalEventListener<E> listener, PortalEvent event) {
        if (listener.eventType().isInstance(event)) {
            listener.on(listener.eventType().cast(event));
        }
    }
}
