package org.coproduce.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators: the index's state, rebuilding it, and the synonym list. */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(PortalRole.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminSearchResource {

    @Inject
    RequestViewer viewer;

    @Inject
    SearchStatusReader status;

    @Inject
    SearchWorker worker;

    @Inject
    Synonyms synonyms;

    /** The synonym list: one group a line, words or phrases separated by commas. */
    public record SynonymList(String rules) {
    }

    @GET
    @Operation(summary = "The search index: documents, outbox position and the last rebuild's progress")
    @APIResponse(responseCode = "200", description = "The state")
    public SearchStatus state() {
        return status.read();
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the index from the database", description = "Writes a fresh index beside the live "
            + "one (searches keep working) and swaps it in; follow the progress with GET /admin/search.")
    @APIResponse(responseCode = "202", description = "Started (or queued behind the running one)")
    public Response rebuild() {
        worker.requestRebuild();
        return Response.accepted(status.read()).build();
    }

    @GET
    @Path("synonyms")
    @Operation(summary = "The synonym list applied to queries")
    @APIResponse(responseCode = "200", description = "The list")
    public SynonymList synonyms() {
        return new SynonymList(synonyms.rules());
    }

    @PUT
    @Path("synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the synonym list", description = "Takes effect for the next query (queries expand the words to their "
            + "synonyms); the index is then rebuilt in the background with the list's groups, after which a group costs a search "
            + "one lookup. Searches keep working during the rebuild; its progress is in GET /api/v1/admin/search.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A line could not be read, or the list is longer than 100,000 characters")
    public SynonymList saveSynonyms(SynonymList body) {
        if (body == null) {
            throw new Problem(Problem.Kind.INVALID, "body_missing", "Please send a JSON object in the request body.");
        }
        synonyms.save(viewer.get(), body.rules());
        return new SynonymList(synonyms.rules());
    }
}
