package org.coproduce.portal.terms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The terms of service: reading the version in force and accepting it. */
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms of service", description = "The terms members accept at registration and again when they change")
public class TermsResource {

    @Inject
    Terms terms;

    @Inject
    RequestViewer viewer;

    /** The terms in force, and for a signed-in caller what they accepted. */
    @Schema(name = "TermsOfService")
    public record TermsView(int version, Instant publishedAt, String language,
            @Schema(description = "Markdown") String text,
            @Schema(description = "What changed from the version before (Markdown)") String changes,
            @Schema(description = "The version the caller accepted last (signed in only; null for none)") Integer acceptedVersion,
            @Schema(description = "Whether the caller has to accept this version before posting (signed in only)") Boolean mustAccept) {
    }

    /** The version a member accepts. */
    @Schema(name = "TermsAcceptance")
    public record AcceptanceBody(@Schema(required = true, description = "The version in force") Integer version) {
    }

    @GET
    @Operation(summary = "The terms of service in force", description = "In English, or in Welsh with lang=cy.")
    @APIResponse(responseCode = "200", description = "The terms, and for a signed-in caller what they accepted")
    public TermsView current(@Parameter(description = "en (default) or cy") @QueryParam("lang") String lang) {
        String language = "cy".equals(lang) ? "cy" : "en";
        TermsVersion current = terms.current();
        Account account = viewer.account().orElse(null);
        return new TermsView(current.version(), current.publishedAt(), language, current.text(language),
                current.changes(language), account == null ? null : account.termsVersion(),
                account == null ? null : Terms.mustAccept(account, current.version()));
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Accept the terms in force", description = "Records the version and the time. Members who "
            + "have not accepted the version in force can read but not post (403 terms_not_accepted).")
    @APIResponse(responseCode = "204", description = "Accepted")
    @APIResponse(responseCode = "400", description = "No version given")
    @APIResponse(responseCode = "409", description = "The version is not the one in force")
    public Response accept(AcceptanceBody body) {
        terms.accept(viewer.get().accountId().orElseThrow(), ApiInput.body(body).version());
        return Response.noContent().build();
    }
}
