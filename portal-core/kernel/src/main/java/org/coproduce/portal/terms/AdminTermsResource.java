package org.coproduce.portal.terms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators publish a new version of the terms of service. */
@Path("admin/terms")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RequiresRole(PortalRole.ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminTermsResource {

    @Inject
    Terms terms;

    @Inject
    RequestViewer viewer;

    /** A new version of the terms, in English and Welsh, with what changed. */
    @Schema(name = "TermsPublication")
    public record PublicationBody(@Schema(required = true, description = "Markdown") String textEn,
            @Schema(required = true, description = "Markdown") String textCy,
            @Schema(required = true, maxLength = 2000) String changesEn,
            @Schema(required = true, maxLength = 2000) String changesCy) {
    }

    /** The version published. */
    @Schema(name = "TermsPublished")
    public record Published(int version, Instant publishedAt) {
    }

    @POST
    @Operation(summary = "Publish a new version of the terms (administrators)", description = "Every member, the "
            + "administrator too, is asked to accept it and cannot post until they do. Written to the audit log.")
    @APIResponse(responseCode = "201", description = "Published; Location names /api/v1/terms")
    @APIResponse(responseCode = "400", description = "A text missing or too long, with a message per field")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response publish(PublicationBody body) {
        PublicationBody b = ApiInput.body(body);
        TermsVersion published = terms.publish(viewer.get(), b.textEn(), b.textCy(), b.changesEn(), b.changesCy());
        return Response.created(UriBuilder.fromPath("/api/v1/terms").build())
                .entity(new Published(published.version(), published.publishedAt())).build();
    }
}
