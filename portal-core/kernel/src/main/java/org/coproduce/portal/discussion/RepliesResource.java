package org.coproduce.portal.discussion;

import org.coproduce.portal.api.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One reply: where it is (its permalink) and editing it. */
@Path("replies")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussions")
public class RepliesResource {

    @Inject
    Replies replies;

    @Inject
    RequestViewer viewer;

    /** A reply's new text. */
    @Schema(name = "ReplyEdit")
    public record ReplyEditBody(@Schema(required = true, maxLength = PostRules.BODY_MAX, description = "Markdown") String body,
            @Schema(description = "The language it is written in: en or cy, or empty for not said; left out, unchanged") String language) {
    }

    /** Where a reply is, with its permalink (pages of 20 replies). */
    @Schema(name = "ReplyPlace")
    public record ReplyPlace(long id, long threadId, long number, int page, String permalink) {

        static ReplyPlace of(Replies.Location location) {
            return new ReplyPlace(location.replyId(), location.threadId(), location.number(), location.page(),
                    location.path());
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Where a reply is: its thread, number, page and permalink")
    @APIResponse(responseCode = "200", description = "The place")
    @APIResponse(responseCode = "404", description = "Unknown reply, or in a members-only category and the caller is not signed in")
    public ReplyPlace get(@PathParam("id") String id) {
        return ReplyPlace.of(replies.locate(viewer.get(), ApiInput.id("id", id), Threads.REPLIES_PER_PAGE));
    }

    @PUT
    @Path("{id}")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit one's own reply", description = "Keeps a revision with the old and new text.")
    @APIResponse(responseCode = "200", description = "The reply's place after the edit")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not the author, or email address not confirmed")
    @APIResponse(responseCode = "404", description = "Unknown reply")
    @APIResponse(responseCode = "409", description = "The thread is locked")
    public ReplyPlace edit(@PathParam("id") String id, ReplyEditBody body) {
        long replyId = ApiInput.id("id", id);
        ReplyEditBody b = ApiInput.body(body);
        replies.edit(viewer.get(), replyId, b.body(), java.util.Optional.ofNullable(b.language()));
        return ReplyPlace.of(replies.locate(viewer.get(), replyId, Threads.REPLIES_PER_PAGE));
    }
}
