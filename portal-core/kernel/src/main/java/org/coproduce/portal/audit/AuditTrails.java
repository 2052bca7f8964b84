package org.coproduce.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.List;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.plugin.PluginRegistry;

/**
 * Hands each injection point an {@link AuditTrail} that records the plugin it belongs to as the entries' source
 * (or {@code core}), so a plugin can neither write nor read another's entries under its name.
 */
@ApplicationScoped
public class AuditTrails {

    /** The source recorded for the core's own entries. */
    public static final String CORE = "core";

    @Inject
    AuditLog log;

    @Inject
    PluginRegistry registry;

    @Inject
    RequestViewer requestViewer;

    @Produces
    @Dependent
    AuditTrail trailFor(InjectionPoint injectionPoint) {
        Class<?> owner = injectionPoint.getMember().getDeclaringClass();
        return new AuditTrail() {
            @Override
            public void record(String action, String subjectType, String subjectId, String detail) {
                log.write(actor(), sourceOf(owner), action, subjectType, subjectId, detail);
            }

            @Override
            public List<AuditEntry> about(String subjectType, String subjectId) {
                return log.about(sourceOf(owner), subjectType, subjectId);
            }
        };
    }

    /** The viewer of the current request; background work (no request) acts as the portal itself. */
    private Viewer actor() {
        try {
            return requestViewer.get();
        } catch (ContextNotActiveException e) {
            return Viewer.ANONYMOUS;
        }
    }

    /** Asked at each call, not at injection: a plugin's bean may be made before the registry has read the plugins. */
    private String sourceOf(Class<?> owner) {
        return registry.ownerId(owner).orElse(CORE);
    }
}
