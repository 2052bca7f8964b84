package org.coproduce.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Profiles;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.plugin.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(PortalRole.MEMBER)
@SecurityRequirement(name = "bearer")
@Tag(name = "Accounts")
public class MeResource {

    @Inject
    RequestViewer viewer;

    @Inject
    Profiles profiles;

    @Schema(name = "ProfileUpdate")
    public record ProfileBody(@Schema(required = true, maxLength = 80) String displayName,
                              @Schema(required = true) String networkRole) {
    }

    @Schema(name = "PasswordChange")
    public record PasswordBody(@Schema(required = true) String currentPassword, @Schema(required = true) String newPassword) {
    }

    @GET
    @Operation(summary = "The caller's account: id, displayName, email, roles, verified")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public AccountView me() {
        return AccountView.of(account());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's display name and network role")
    @APIResponse(responseCode = "200", description = "The updated account")
    @APIResponse(responseCode = "400", description = "Invalid input")
    public AccountView update(ProfileBody body) {
        ProfileBody b = ApiInput.body(body);
        return AccountView.of(profiles.update(account().id(), b.displayName(), b.networkRole()));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Current password wrong, or new one not acceptable")
    public Response changePassword(PasswordBody body) {
        PasswordBody b = ApiInput.body(body);
        profiles.changePassword(account().id(), b.currentPassword(), b.newPassword());
        return Response.noContent().build();
    }

    private Account account() {
        return viewer.account().orElseThrow(() -> new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first."));
    }
}
