package org.coproduce.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.plugin.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One-click unsubscribe (RFC 8058): the address in a notification mail's List-Unsubscribe header. The signed
 * token names the member and the kind; no sign-in is needed. Mail programs POST here with any body.
 */
@Path("unsubscribe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What members hear about, and how")
public class UnsubscribeResource {

    @Inject
    Notifications notifications;

    /** What was switched off. */
    @Schema(name = "Unsubscribed")
    public record Unsubscribed(String kind, String label, String mode) {
    }

    @POST
    @Operation(summary = "Stop one kind of notification mail (no sign-in; the token comes from the mail)")
    @APIResponse(responseCode = "200", description = "Mails of that kind are off (they are still listed in the portal)")
    @APIResponse(responseCode = "400", description = "The token is missing or not valid")
    public Unsubscribed unsubscribe(@QueryParam("token") String token) {
        UnsubscribeTokens.Subject subject = notifications.unsubscribe(token).orElseThrow(() -> new Problem(
                Problem.Kind.INVALID, "invalid_token", "This unsubscribe link is not valid. Please use the link from "
                + "the mail as it is, or change your choices on your notifications page."));
        return new Unsubscribed(subject.kind(), Notifications.ALL.equals(subject.kind()) ? "All notification emails"
                : NotificationKinds.label(subject.kind()), NotificationMode.OFF.name());
    }
}
