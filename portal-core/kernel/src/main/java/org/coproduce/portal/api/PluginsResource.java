package org.coproduce.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.plugin.PluginRegistry;
import org.coproduce.portal.plugin.PluginStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installed plugins, and their enable switches for administrators. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginsResource {

    @Inject
    PluginRegistry registry;

    @Inject
    CurrentViewer viewer;

    @Schema(name = "PluginSwitch")
    public record SwitchBody(@Schema(required = true) Boolean enabled) {
    }

    @GET
    @Operation(summary = "Installed plugins: id, name, version, enabled (and compatibility and running state)")
    public List<PluginStatus> list() {
        return registry.statuses();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Enable or disable a plugin at once", description = "A disabled plugin's pages, endpoints, "
            + "menu entries, panels and listeners go away without a restart.")
    @APIResponse(responseCode = "200", description = "The plugin's new status")
    @APIResponse(responseCode = "404", description = "No such plugin")
    public PluginStatus setEnabled(@PathParam("id") String id, SwitchBody body) {
        SwitchBody b = ApiInput.body(body);
        if (b.enabled() == null) {
            throw Problem.invalid(Map.of("enabled", "Please say true or false for enabled."));
        }
        return registry.setEnabled(id, b.enabled(), viewer.get());
    }
}
