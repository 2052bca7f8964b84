package org.coproduce.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import org.coproduce.portal.auth.PortalAuthenticationMechanism;
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

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RequiresRole required = resource.getResourceMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(RequiresRole.class);
        }
        if (required != null) {
            context.register(new Check(required.value(), viewer, servletRequest));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final PortalRole role;
        private final CurrentViewer viewer;
        private final HttpServletRequest servletRequest;

        Check(PortalRole role, CurrentViewer viewer, HttpServletRequest servletRequest) {
            this.role = role;
            this.viewer = viewer;
            this.servletRequest = servletRequest;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Viewer who = viewer.get();
            if (!who.signedIn()) {
                request.abortWith(servletRequest.getAttribute(PortalAuthenticationMechanism.INVALID_TOKEN) != null
                        ? ErrorResponses.of(401, "invalid_token", "Your sign-in token is not valid or has expired. "
                                + "Please sign in again with POST /api/v1/auth/token.")
                        : ErrorResponses.of(401, "unauthorized",
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
