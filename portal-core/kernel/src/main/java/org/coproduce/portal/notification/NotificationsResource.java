package org.coproduce.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in member's notifications: one page at a time with the unread count, and marking them read. */
@Path("notifications")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What members hear about, and how")
public class NotificationsResource {

    /** Notifications per page unless asked otherwise. */
    static final int PER_PAGE = 20;

    @Inject
    Notifications notifications;

    @Inject
    RequestViewer viewer;

    /** One page of notifications and how many are unread in all. */
    @Schema(name = "NotificationList")
    public record NotificationList(List<NotificationView> items, int page, int size, long total, long unreadCount) {
    }

    /** Which notifications to mark read. */
    @Schema(name = "MarkReadInput")
    public record MarkRead(@Schema(description = "The ids to mark read; all of the member's when left out or empty")
                           List<Long> ids) {
    }

    /** What marking did. */
    @Schema(name = "MarkReadResult")
    public record Marked(int marked, long unreadCount) {
    }

    @GET
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "My notifications, newest first, with the unread count")
    @APIResponse(responseCode = "200", description = "One page of notifications")
    @APIResponse(responseCode = "400", description = "A page or size out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public NotificationList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        long me = viewer.get().accountId().orElseThrow();
        PageOf<NotificationView> found = notifications.list(me, ApiInput.integer("page", page, 1),
                ApiInput.integer("size", size, PER_PAGE));
        return new NotificationList(found.items(), found.page(), found.size(), found.total(), notifications.unread(me));
    }

    @POST
    @Path("read")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Mark notifications read", description = "Those named, or all of mine. Others' are left alone.")
    @APIResponse(responseCode = "200", description = "How many were marked, and how many are still unread")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Marked markRead(MarkRead body) {
        long me = viewer.get().accountId().orElseThrow();
        List<Long> ids = body == null || body.ids() == null ? List.of() : body.ids().stream()
                .filter(Objects::nonNull).toList();
        int marked = notifications.markRead(me, ids);
        return new Marked(marked, notifications.unread(me));
    }
}
