package org.coproduce.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.SignInCheck;
import org.coproduce.portal.auth.ApiTokens;
import org.coproduce.portal.auth.IssuedToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API sign-in: exchanges an email address and password for a bearer token. */
@Path("auth/token")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

    @Inject
    SignInCheck signIn;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @Schema(name = "Credentials")
    public record Credentials(@Schema(required = true) String email, @Schema(required = true) String password) {
    }

    @Schema(name = "Token")
    public record TokenView(@Schema(description = "Send as 'Authorization: Bearer <token>'") String token,
                            @Schema(description = "When the token stops working") Instant expiresAt) {
    }

    @POST
    @Operation(summary = "Get a bearer token", description = "Unknown email addresses and wrong passwords get the same "
            + "401. After 5 failures for one address within 15 minutes, attempts get 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The token and its expiry")
    @APIResponse(responseCode = "401", description = "Wrong email address or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public TokenView token(Credentials body) {
        Credentials c = ApiInput.body(body);
        Account account = signIn.check(c.email(), c.password(), request.getRemoteAddr());
        IssuedToken issued = tokens.issue(account.id());
        return new TokenView(issued.token(), issued.expiresAt());
    }

    @DELETE
    @Operation(summary = "Revoke the bearer token sent with this request (sign out)")
    @APIResponse(responseCode = "204", description = "Revoked (or there was nothing to revoke)")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
