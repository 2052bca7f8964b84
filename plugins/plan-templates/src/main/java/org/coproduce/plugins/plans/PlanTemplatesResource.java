package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/plan-templates}: read published templates; members write and publish their own. */
@Path("plan-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan templates", description = "Templates of person-centred plans: ordered sections of typed kinds, versioned and published.")
public class PlanTemplatesResource {

    @Inject
    Templates templates;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "Published templates, and the caller's own drafts")
    @APIResponse(responseCode = "200", description = "The templates, by title")
    public List<Views.TemplateSummary> list() {
        return templates.list(viewer.get());
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One template with its sections: the newest published version unless a version is asked for")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "404", description = "No such template or version that the caller can see")
    public Views.Template get(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return templates.get(viewer.get(), id, version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new template (a draft, version 1)",
            description = "Section kinds: strengths, needs, goals, supports, team, contingency, free-text.")
    @APIResponse(responseCode = "201", description = "The draft template")
    @APIResponse(responseCode = "400", description = "No sections, an unknown section kind, or a missing heading or prompt")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response create(TemplateInput.Request request) {
        TemplateInput input = TemplateInput.from(request);
        long id = templates.create(viewer.get(), input);
        return Response.status(Response.Status.CREATED).entity(templates.get(viewer.get(), id, null)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a template: its draft, or a new draft version when the newest version is published")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "400", description = "Bad input")
    @APIResponse(responseCode = "403", description = "Not the template's author or a moderator")
    public Views.Template revise(@PathParam("id") long id, TemplateInput.Request request) {
        TemplateInput input = TemplateInput.from(request);
        int version = templates.revise(viewer.get(), id, input);
        return templates.get(viewer.get(), id, version);
    }

    @POST
    @Path("{id: \\d+}/publish")
    @Operation(summary = "Publish the template's draft: plans can then be started from it")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "403", description = "Not the template's author or a moderator")
    @APIResponse(responseCode = "409", description = "No draft to publish")
    public Views.Template publish(@PathParam("id") long id) {
        int version = templates.publish(viewer.get(), id);
        return templates.get(viewer.get(), id, version);
    }
}
