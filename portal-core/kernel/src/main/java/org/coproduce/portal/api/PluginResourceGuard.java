package org.coproduce.portal.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.coproduce.portal.plugin.PluginRegistry;

/** A disabled plugin's REST resources answer 404, as if they were not installed. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class PluginResourceGuard implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    PluginRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource.getResourceClass();
        if (type != null && !registry.isActiveOwner(type)) {
            request.abortWith(ErrorResponses.of(404, "not_found", "There is nothing here. Please check the address."));
        }
    }
}
