package org.coproduce.portal.discussion;

import org.coproduce.portal.api.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Threads and their replies, revisions, moderation and follows. */
@Path("threads")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussions")
public class ThreadsResource {

    @Inject
    Threads threads;

    @Inject
    Replies replies;

    @Inject
    ThreadModeration moderation;

    @Inject
    ThreadViews views;

    @Inject
    Follows follows;

    @Inject
    RequestViewer viewer;

    @Context
    HttpServletRequest request;

    /** A new thread. */
    @Schema(name = "NewThread")
    public record NewThreadBody(
            @Schema(required = true) Long categoryId,
            @Schema(required = true, maxLength = PostRules.TITLE_MAX) String title,
            @Schema(required = true, maxLength = PostRules.BODY_MAX, description = "Markdown") String body,
            @Schema(description = "Up to 5 tags: letters and numbers, joined by hyphens") List<String> tags,
            @Schema(description = "The language it is written in: en or cy; left out or empty when not said") String language) {
    }

    /** A thread's new title, body and tags. */
    @Schema(name = "ThreadEdit")
    public record ThreadEditBody(
            @Schema(required = true, maxLength = PostRules.TITLE_MAX) String title,
            @Schema(required = true, maxLength = PostRules.BODY_MAX, description = "Markdown") String body,
            List<String> tags,
            @Schema(description = "The language it is written in: en or cy, or empty for not said; left out, unchanged") String language) {
    }

    /** A new reply. */
    @Schema(name = "NewReply")
    public record NewReplyBody(
            @Schema(required = true, maxLength = PostRules.BODY_MAX, description = "Markdown") String body,
            @Schema(description = "A reply of the same thread to quote") Long quotedReplyId,
            @Schema(description = "The language it is written in: en or cy; left out or empty when not said") String language) {
    }

    /** Pin or unpin. */
    @Schema(name = "PinInput")
    public record PinBody(@Schema(required = true) Boolean pinned) {
    }

    /** Lock or unlock, with a notice. */
    @Schema(name = "LockInput")
    public record LockBody(@Schema(required = true) Boolean locked,
                           @Schema(maxLength = PostRules.NOTICE_MAX, description = "Shown on the thread while locked") String notice) {
    }

    /** A thread's moderation state. */
    @Schema(name = "ModerationState")
    public record ModerationState(long id, boolean pinned, boolean locked, String lockNotice) {

        static ModerationState of(DiscussionThread t) {
            return new ModerationState(t.id(), t.pinned(), t.locked(), t.lockNotice());
        }
    }

    @GET
    @Operation(summary = "One page of a category's threads",
            description = "Pinned threads first, then by last activity; only those with the tag when one is given.")
    @APIResponse(responseCode = "200", description = "The page: items, page, size, total")
    @APIResponse(responseCode = "400", description = "No category, a tag that cannot be one, or a page or size out of range")
    @APIResponse(responseCode = "404", description = "Unknown category, or members-only and the caller is not signed in")
    public PageOf<ThreadSummary> list(@Parameter(required = true) @QueryParam("category") String category,
                                      @Parameter(description = "Only threads with this tag") @QueryParam("tag") String tag,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        if (category == null || category.isBlank()) {
            throw Problem.invalid(Map.of("category", "Please name a category: ?category=ID."));
        }
        return threads.list(ApiInput.id("category", category), PostRules.tagFilter(tag), ApiInput.integer("page", page, 1),
                ApiInput.integer("size", size, Threads.THREADS_PER_PAGE), viewer.get());
    }

    @POST
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Start a thread", description = "Verified members only.")
    @APIResponse(responseCode = "201", description = "Started; Location names the thread")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Email address not confirmed yet")
    @APIResponse(responseCode = "404", description = "Unknown category")
    public Response start(NewThreadBody body) {
        NewThreadBody b = ApiInput.body(body);
        DiscussionThread thread = threads.start(viewer.get(), b.categoryId(), b.title(), b.body(), b.tags(), b.language());
        return Response.created(UriBuilder.fromPath("/api/v1/threads/{id}").build(thread.id()))
                .entity(threads.open(thread.id(), 1, Threads.REPLIES_PER_PAGE, viewer.get())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A thread with one page of its replies", description = "Counts a view (once per viewer per day).")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "400", description = "An id, page or size that is not a whole number or out of range")
    @APIResponse(responseCode = "404", description = "Unknown thread, or in a members-only category and the caller is not signed in")
    public ThreadDetail get(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        long threadId = ApiInput.id("id", id);
        ThreadDetail detail = threads.open(threadId, ApiInput.integer("page", page, 1),
                ApiInput.integer("size", size, Threads.REPLIES_PER_PAGE), viewer.get());
        String key = ThreadViews.viewerKey(viewer.get(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        return views.record(threadId, key) ? detail.viewedOnceMore() : detail;
    }

    @PUT
    @Path("{id}")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit one's own thread", description = "Keeps a revision with the old and new text.")
    @APIResponse(responseCode = "200", description = "The thread after the edit")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "403", description = "Not the author, or email address not confirmed")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    @APIResponse(responseCode = "409", description = "The thread is locked")
    public ThreadDetail edit(@PathParam("id") String id, ThreadEditBody body) {
        ThreadEditBody b = ApiInput.body(body);
        long threadId = ApiInput.id("id", id);
        threads.edit(viewer.get(), threadId, b.title(), b.body(), b.tags(), java.util.Optional.ofNullable(b.language()));
        return threads.open(threadId, 1, Threads.REPLIES_PER_PAGE, viewer.get());
    }

    @POST
    @Path("{id}/replies")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reply to a thread", description = "Verified members only; optionally quoting a reply of the thread.")
    @APIResponse(responseCode = "201", description = "The reply with its place; Location is its permalink page")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Email address not confirmed yet")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    @APIResponse(responseCode = "409", description = "The thread is locked")
    public Response reply(@PathParam("id") String id, NewReplyBody body) {
        NewReplyBody b = ApiInput.body(body);
        Reply reply = replies.add(viewer.get(), ApiInput.id("id", id), b.body(), b.quotedReplyId(), b.language());
        RepliesResource.ReplyPlace place = RepliesResource.ReplyPlace.of(
                replies.locate(viewer.get(), reply.id(), Threads.REPLIES_PER_PAGE));
        return Response.created(UriBuilder.fromPath("/api/v1/replies/{id}").build(reply.id())).entity(place).build();
    }

    @GET
    @Path("{id}/revisions")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edits of the thread and its replies, with line diffs", description = "Moderators see every "
            + "edit; members see the edits of their own posts. Newest first.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    public List<RevisionView> revisions(@PathParam("id") String id) {
        return threads.revisions(viewer.get(), ApiInput.id("id", id));
    }

    @PUT
    @Path("{id}/pin")
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pin or unpin a thread (moderators)", description = "Pinned threads come first in their category.")
    @APIResponse(responseCode = "200", description = "The new state")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    public ModerationState pin(@PathParam("id") String id, PinBody body) {
        return ModerationState.of(moderation.pin(viewer.get(), ApiInput.id("id", id),
                ApiInput.flag("pinned", ApiInput.body(body).pinned())));
    }

    @PUT
    @Path("{id}/lock")
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Lock or unlock a thread (moderators)", description = "A locked thread takes no new replies "
            + "and shows the notice.")
    @APIResponse(responseCode = "200", description = "The new state")
    @APIResponse(responseCode = "400", description = "Notice too long")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    public ModerationState lock(@PathParam("id") String id, LockBody body) {
        LockBody b = ApiInput.body(body);
        return ModerationState.of(moderation.lock(viewer.get(), ApiInput.id("id", id), ApiInput.flag("locked", b.locked()),
                b.notice()));
    }

    @PUT
    @Path("{id}/follow")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Follow or stop following a thread", description = "Stores the state; the notifications "
            + "feature mails followers about new replies.")
    @APIResponse(responseCode = "200", description = "The new state")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    public CategoriesResource.FollowState follow(@PathParam("id") String id, CategoriesResource.FollowBody body) {
        return new CategoriesResource.FollowState(follows.followThread(viewer.get(), ApiInput.id("id", id),
                ApiInput.flag("following", ApiInput.body(body).following())));
    }
}
