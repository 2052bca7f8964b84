package org.coproduce.portal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** Members report content to the moderators. */
@Path("reports")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ReportsResource {

    @Inject
    Reports reports;

    @Inject
    RequestViewer viewer;

    /** A report. */
    @Schema(name = "NewReport")
    public record NewReportBody(
            @Schema(required = true, enumeration = {"thread", "reply", "story", "response", "practice-example"}) String contentType,
            @Schema(required = true) Long contentId,
            @Schema(required = true, enumeration = {"spam", "abuse", "personal-information", "safeguarding", "other"}) String reason,
            @Schema(maxLength = Reports.TEXT_MAX, description = "What is wrong; needed when the reason is other") String text) {
    }

    /** A report as its reporter sees it. */
    @Schema(name = "Report")
    public record ReportReceipt(long id, String contentType, long contentId, String reason, Instant createdAt) {
    }

    @POST
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Report content to the moderators", description = "A safeguarding concern skips the ordinary "
            + "queue: it goes to the urgent list and is mailed at once to the safeguarding leads.")
    @APIResponse(responseCode = "201", description = "Reported")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Email address not confirmed yet")
    @APIResponse(responseCode = "404", description = "No such content (or not visible to the caller)")
    @APIResponse(responseCode = "409", description = "The caller already reported it")
    @APIResponse(responseCode = "410", description = "Already removed (hidden, turned down or withdrawn)")
    public Response report(NewReportBody body) {
        NewReportBody b = ApiInput.body(body);
        ContentReport report = reports.file(viewer.get(), b.contentType(), b.contentId(), b.reason(), b.text());
        return Response.status(201).entity(new ReportReceipt(report.id(), report.contentType(), report.contentId(),
                report.reason().word(), report.createdAt())).build();
    }
}
