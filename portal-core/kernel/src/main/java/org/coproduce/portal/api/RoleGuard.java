package org.coproduce.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;

/** Applies {@link RequiresRole} to the resource methods that carry it (or whose class does). */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class RoleGuard implements DynamicFeature {

    @Inject
    CurrentViewer viewer;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RequiresRole required = resource.getResourceMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(RequiresRole.class);
        }
        if (required != null) {
            context.register(new Check(required.value(), viewer));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final PortalRole role;
        private final CurrentViewer viewer;

        Check(PortalRole role, CurrentViewer viewer) {
            this.role = role;
            this.viewer = viewer;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Viewer who = viewer.get();
            if (!who.signedIn()) {
                request.abortWith(ErrorResponses.of(401, "unauthorized",
                        "Please sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token."));
            } else if (!who.has(role)) {
                request.abortWith(ErrorResponses.of(403, "forbidden", switch (role) {
                    case ADMIN -> "Only administrators can do this.";
                    case MODERATOR -> "Only moderators can do this.";
                    case MEMBER -> "Only members can do this.";
                }));
            }
        }
    }
}
