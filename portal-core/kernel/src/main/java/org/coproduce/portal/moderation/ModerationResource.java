package org.coproduce.portal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.discussion.PostModeration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderators' queue, the urgent safeguarding list and their actions. Members get 403 everywhere here. */
@Path("moderation")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RequiresRole(PortalRole.MODERATOR)
@SecurityRequirement(name = "bearer")
public class ModerationResource {

    static final int LIST_MAX = 200;

    @Inject
    Reports reports;

    @Inject
    PostModeration posts;

    @Inject
    Standings standings;

    @Inject
    ModerationQueue queue;

    @Inject
    RequestViewer viewer;

    /** A decision's reason, for the author (needed to reject or hide). */
    @Schema(name = "ModerationReason")
    public record ReasonBody(@Schema(maxLength = 1000) String reason) {
    }

    /** A note on how a report was resolved. */
    @Schema(name = "ReportResolution")
    public record NoteBody(@Schema(required = true, maxLength = 1000) String note) {
    }

    /** A moderator's edit of someone's post. */
    @Schema(name = "ModeratorEdit")
    public record EditBody(@Schema(description = "Threads only") String title, @Schema(required = true) String body,
                           @Schema(required = true, maxLength = 1000) String reason) {
    }

    /** Where to move a thread. */
    @Schema(name = "ThreadMove")
    public record MoveBody(@Schema(required = true) Long categoryId, String reason) {
    }

    /** A trust level set by hand. */
    @Schema(name = "TrustInput")
    public record TrustBody(@Schema(required = true, enumeration = {"new", "basic", "member", "trusted", "earned"}) String level,
                            String reason) {
    }

    /** A suspension. */
    @Schema(name = "SuspensionInput")
    public record SuspensionBody(@Schema(required = true, description = "ISO-8601 instant, in the future") String until,
                                 @Schema(required = true, maxLength = 1000, description = "Shown to the member") String reason) {
    }

    /** A post's new state. */
    @Schema(name = "PostState")
    public record StateView(String contentType, long id, String state) {
    }

    @GET
    @Path("queue")
    @Operation(summary = "The review queue", description = "Open reports (not safeguarding concerns), threads and replies "
            + "waiting for approval (first posts of new members), and how many stories wait. Oldest first.")
    @APIResponse(responseCode = "200", description = "The queue")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public ModerationQueue.Queue queue() {
        return queue.of(viewer.get(), LIST_MAX);
    }

    @GET
    @Path("urgent")
    @Operation(summary = "Open safeguarding concerns", description = "Oldest first, each with how many minutes it has waited.")
    @APIResponse(responseCode = "200", description = "The concerns")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public List<Reports.ReportView> urgent() {
        return reports.urgent(viewer.get(), LIST_MAX);
    }

    @POST
    @Path("reports/{id}/resolve")
    @Operation(summary = "Resolve a report", description = "With a note on what was done; written to the audit log.")
    @APIResponse(responseCode = "200", description = "The resolved report")
    @APIResponse(responseCode = "400", description = "No note")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such report (or about the moderator's own content)")
    @APIResponse(responseCode = "409", description = "Already resolved")
    public Reports.ReportView resolve(@PathParam("id") String id, NoteBody body) {
        return reports.resolve(viewer.get(), ApiInput.id("id", id), ApiInput.body(body).note());
    }

    @POST
    @Path("{type}/{id}/{action}")
    @Operation(summary = "Approve, reject, hide or restore a thread or reply",
            description = "type is threads or replies; action is approve, reject, hide or restore. Reject and hide need "
                    + "a reason, which the author receives; hiding or rejecting resolves the open reports about the post.")
    @APIResponse(responseCode = "200", description = "The post's new state")
    @APIResponse(responseCode = "400", description = "No reason, or an unknown type or action")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "409", description = "The post is not in a state the action applies to")
    public StateView decide(@PathParam("type") String type, @PathParam("id") String id, @PathParam("action") String action,
                            ReasonBody body) {
        String contentType = contentType(type);
        PostModeration.Action chosen;
        try {
            chosen = PostModeration.Action.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(Map.of("action", "The action is approve, reject, hide or restore."));
        }
        long postId = ApiInput.id("id", id);
        String reason = body == null ? null : body.reason();
        var state = posts.decide(viewer.get(), contentType, postId, chosen, reason);
        if (chosen == PostModeration.Action.HIDE || chosen == PostModeration.Action.REJECT) {
            reports.resolveAllAbout(viewer.get(), contentType, postId, "Removed: " + reason.strip());
        }
        return new StateView(contentType, postId, state.word());
    }

    @PUT
    @Path("{type}/{id}")
    @Operation(summary = "Edit someone's thread or reply", description = "Kept as a revision with the reason; the author is told.")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such post")
    public StateView edit(@PathParam("type") String type, @PathParam("id") String id, EditBody body) {
        EditBody b = ApiInput.body(body);
        String contentType = contentType(type);
        long postId = ApiInput.id("id", id);
        posts.edit(viewer.get(), contentType, postId, b.title(), b.body(), b.reason());
        return new StateView(contentType, postId, posts.find(contentType, postId).state());
    }

    @POST
    @Path("threads/{id}/move")
    @Operation(summary = "Move a thread to another category")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "400", description = "No or unknown category")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such thread")
    public StateView move(@PathParam("id") String id, MoveBody body) {
        MoveBody b = ApiInput.body(body);
        var thread = posts.move(viewer.get(), ApiInput.id("id", id), b.categoryId(), b.reason());
        return new StateView("thread", thread.id(), thread.state().word());
    }

    /** The thread to merge into. */
    @Schema(name = "ThreadMerge")
    public record MergeBody(@Schema(required = true) Long targetId, String reason) {
    }

    @POST
    @Path("threads/{id}/merge")
    @Operation(summary = "Merge a thread into another", description = "The thread's opening post becomes a reply of the "
            + "target; its replies, edits and followers move there; the thread is hidden with a note naming the target.")
    @APIResponse(responseCode = "200", description = "The target thread's state")
    @APIResponse(responseCode = "400", description = "No target, the same thread, or a target that is not shown")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such thread")
    @APIResponse(responseCode = "409", description = "The thread is hidden already")
    public StateView merge(@PathParam("id") String id, MergeBody body) {
        MergeBody b = ApiInput.body(body);
        var target = posts.merge(viewer.get(), ApiInput.id("id", id), b.targetId(), b.reason());
        return new StateView("thread", target.id(), target.state().word());
    }

    @GET
    @Path("members/{id}")
    @Operation(summary = "A member's standing: trust level, suspension, safeguarding lead")
    @APIResponse(responseCode = "200", description = "The standing")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such member")
    public Standings.View member(@PathParam("id") String id) {
        return standings.of(ApiInput.id("id", id));
    }

    @PUT
    @Path("members/{id}/trust")
    @Operation(summary = "Set a member's trust level by hand", description = "earned lets the member earn it again.")
    @APIResponse(responseCode = "200", description = "The standing")
    @APIResponse(responseCode = "400", description = "Unknown level")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such member")
    public Standings.View trust(@PathParam("id") String id, TrustBody body) {
        TrustBody b = ApiInput.body(body);
        return standings.setLevel(viewer.get(), ApiInput.id("id", id), b.level(), b.reason());
    }

    @PUT
    @Path("members/{id}/suspension")
    @Operation(summary = "Suspend a member until a time", description = "They can read but not post; they see the reason.")
    @APIResponse(responseCode = "200", description = "The standing")
    @APIResponse(responseCode = "400", description = "No reason, or an end not in the future")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Suspending oneself")
    public Standings.View suspend(@PathParam("id") String id, SuspensionBody body) {
        SuspensionBody b = ApiInput.body(body);
        Instant until = null;
        if (b.until() != null && !b.until().isBlank()) {
            try {
                until = Instant.parse(b.until().strip());
            } catch (DateTimeParseException e) {
                throw Problem.invalid(Map.of("until", "Please give the end as a date and time like 2030-01-31T18:00:00Z."));
            }
        }
        return standings.suspend(viewer.get(), ApiInput.id("id", id), until, b.reason());
    }

    @DELETE
    @Path("members/{id}/suspension")
    @Operation(summary = "End a suspension early")
    @APIResponse(responseCode = "200", description = "The standing")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "No such member")
    public Standings.View lift(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return standings.lift(viewer.get(), ApiInput.id("id", id), reason);
    }

    @PUT
    @Path("members/{id}/safeguarding-lead")
    @RequiresRole(PortalRole.ADMIN)
    @Operation(summary = "Name a member a safeguarding lead, or stop (administrators)",
            description = "Safeguarding leads are mailed every safeguarding concern at once.")
    @APIResponse(responseCode = "200", description = "The standing")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such member")
    public Standings.View lead(@PathParam("id") String id, LeadBody body) {
        return standings.setSafeguardingLead(viewer.get(), ApiInput.id("id", id),
                ApiInput.flag("lead", ApiInput.body(body).lead()));
    }

    /** Whether the member is a safeguarding lead. */
    @Schema(name = "SafeguardingLeadInput")
    public record LeadBody(@Schema(required = true) Boolean lead) {
    }

    private static String contentType(String type) {
        return switch (type) {
            case "threads" -> "thread";
            case "replies" -> "reply";
            default -> throw Problem.notFound("Moderators act here on threads and replies only.");
        };
    }
}
