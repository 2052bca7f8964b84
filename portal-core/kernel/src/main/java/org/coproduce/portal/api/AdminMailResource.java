package org.coproduce.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.mail.MailOutbox;
import org.coproduce.portal.mail.MailView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail outbox, for administrators. */
@Path("admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(PortalRole.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class AdminMailResource {

    @Inject
    MailOutbox outbox;

    @GET
    @Operation(summary = "Recent outgoing mails, newest first", description = "Each with recipient, subject, body, "
            + "state (PENDING, SENDING, SENT, DEAD), attempts and the last delivery error. With no SMTP server "
            + "configured, mails stay PENDING here.")
    @APIResponse(responseCode = "200", description = "The mails")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<MailView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw Problem.invalid(Map.of("limit", "The limit must be between 1 and 500."));
        }
        return outbox.recent(limit);
    }
}
