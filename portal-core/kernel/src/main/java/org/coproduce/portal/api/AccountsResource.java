package org.coproduce.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountRegistration;
import org.coproduce.portal.account.PasswordReset;
import org.coproduce.portal.account.RegistrationRequest;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration, email verification and password reset. */
@Path("accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Registration, email verification and password reset")
public class AccountsResource {

    @Inject
    AccountRegistration registration;

    @Inject
    PasswordReset passwordReset;

    @Inject
    RequestViewer viewer;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    /** What a person sends to register. */
    @Schema(name = "Registration")
    public record RegistrationBody(
            @Schema(required = true, maxLength = 80) String displayName,
            @Schema(required = true, maxLength = 254) String email,
            @Schema(required = true, minLength = 10, maxLength = 1000, description = "At least 10 characters, not a common password") String password,
            @Schema(required = true, enumeration = {"practitioner", "service-user", "carer", "student", "other"}) String networkRole,
            @Schema(required = true, description = "Has to be true: the person accepts the terms of service (GET /api/v1/terms)") Boolean acceptTerms,
            @Schema(required = true, description = "The version of the terms accepted: the one in force (GET /api/v1/terms)") Integer termsVersion) {
    }

    /** A token from an emailed link. */
    @Schema(name = "EmailLinkToken")
    public record TokenBody(@Schema(required = true) String token) {
    }

    /** An email address. */
    @Schema(name = "EmailAddress")
    public record EmailBody(@Schema(required = true) String email) {
    }

    /** A reset token and the new password. */
    @Schema(name = "PasswordResetConfirmation")
    public record ResetBody(@Schema(required = true) String token, @Schema(required = true, minLength = 10) String password) {
    }

    @POST
    @Operation(summary = "Register an account", description = "Creates a member account and emails a verification link "
            + "(to /verify?token=...). The account can sign in at once; taking part needs the verified address. The "
            + "person has to accept the terms of service in force (acceptTerms true, termsVersion from GET /api/v1/terms). "
            + "At most coproduce.registration.per-address-hour accounts (default 5) are made per client address in an hour.")
    @APIResponse(responseCode = "201", description = "Registered; Location names /api/v1/me")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field (acceptTerms not true, "
            + "termsVersion missing or not the version in force)")
    @APIResponse(responseCode = "409", description = "The email address has an account already")
    @APIResponse(responseCode = "429", description = "Too many new accounts from this address in the last hour; "
            + "Retry-After gives the seconds to wait")
    public Response register(RegistrationBody body) {
        RegistrationBody b = ApiInput.body(body);
        Account account = registration.register(new RegistrationRequest(b.displayName(), b.email(), b.password(),
                b.networkRole(), b.acceptTerms(), b.termsVersion()), request.getRemoteAddr());
        return Response.created(UriBuilder.fromPath("/api/v1/me").build()).entity(AccountView.of(account)).build();
    }

    @POST
    @Path("verification")
    @Operation(summary = "Verify an email address", description = "Redeems the token from the verification link.")
    @APIResponse(responseCode = "200", description = "Verified; the account")
    @APIResponse(responseCode = "404", description = "Unknown token")
    @APIResponse(responseCode = "410", description = "Used or expired token")
    public AccountView verify(TokenBody body) {
        return AccountView.of(registration.verify(ApiInput.body(body).token()));
    }

    @POST
    @Path("verification-mail")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Send a new verification link to the caller (if not verified yet)")
    @APIResponse(responseCode = "202", description = "Sent if the address was not verified yet")
    public Response resendVerification() {
        registration.resendVerification(viewer.get().accountId().orElseThrow());
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Ask for a password reset link", description = "Always answers 202, whether or not the address "
            + "has an account, so the form tells nobody who is a member.")
    @APIResponse(responseCode = "202", description = "A link was sent if the address has an account")
    @APIResponse(responseCode = "400", description = "Not an email address")
    public Response requestReset(EmailBody body) {
        passwordReset.request(ApiInput.body(body).email());
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset/confirm")
    @Operation(summary = "Set a new password with a reset link's token", description = "Signs the account out of all API tokens.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "400", description = "The new password is not acceptable")
    @APIResponse(responseCode = "404", description = "Unknown token")
    @APIResponse(responseCode = "410", description = "Used or expired token")
    public Response confirmReset(ResetBody body) {
        ResetBody b = ApiInput.body(body);
        passwordReset.complete(b.token(), b.password());
        return Response.noContent().build();
    }
}
