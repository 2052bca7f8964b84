package org.coproduce.portal.assisted;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.discussion.PostRules;
import org.coproduce.portal.discussion.Replies;
import org.coproduce.portal.discussion.Reply;
import org.coproduce.portal.discussion.Threads;
import org.coproduce.portal.story.Stories;
import org.coproduce.portal.story.Story;
import org.coproduce.portal.story.StoryTexts;
import org.coproduce.portal.story.StoryViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assisted participation: staff post stories and replies on someone's behalf, with a record of their consent. */
@Path("assisted")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assisted participation", description = "Practitioners and moderators post a story or a reply on behalf "
        + "of someone (from a phone call or a paper form), with the person's name or pseudonym, a record of their "
        + "consent and who entered it")
public class AssistedResource {

    @Inject
    RequestViewer viewer;

    @Inject
    AssistedPosting assisted;

    @Inject
    Stories stories;

    @Inject
    Replies replies;

    @Schema(name = "AssistedStory")
    public record StoryBody(
            @Schema(required = true, maxLength = StoryTexts.TITLE_MAX) String title,
            @Schema(required = true, maxLength = StoryTexts.BODY_MAX, description = "Markdown") String body,
            @Schema(description = "The language it is written in: en or cy (optional)") String language,
            @Schema(required = true) OnBehalf onBehalfOf) {
    }

    @Schema(name = "AssistedReply")
    public record ReplyBody(
            @Schema(required = true) Long threadId,
            @Schema(required = true, maxLength = PostRules.BODY_MAX, description = "Markdown") String body,
            @Schema(description = "A reply of the same thread to quote") Long quotedReplyId,
            @Schema(description = "The language it is written in: en or cy (optional)") String language,
            @Schema(required = true) OnBehalf onBehalfOf) {
    }

    @Schema(name = "AssistedReplyPlace")
    public record ReplyPlace(long id, long threadId, long number, int page, String permalink,
            @Schema(description = "The name or pseudonym the reply shows") String onBehalfOf,
            ConsentRecord consent) {
    }

    @Schema(name = "AssistedStoryResult")
    public record StoryResult(StoryViews.Full story, ConsentRecord consent) {
    }

    @Schema(name = "ConsentRecord", description = "The record of a person's consent to a post made on their behalf")
    public record ConsentRecord(long id,
            @Schema(enumeration = {"story", "reply"}) String postKind, long postId,
            @Schema(description = "The post's page, from the site root") String path,
            String personName, boolean personHasAccount,
            @Schema(enumeration = {"name", "pseudonym"}) String shownAs, String shownName,
            @Schema(enumeration = {"phone", "paper-form", "in-person"}) String consentMethod,
            java.time.LocalDate consentGivenOn, String agreedTo,
            @Schema(description = "The member of staff who entered it") String enteredBy, java.time.Instant enteredAt,
            java.time.Instant withdrawnAt, String withdrawnBy, String withdrawalNote) {

        static ConsentRecord of(AssistedPosting.ConsentView v) {
            return new ConsentRecord(v.id(), v.postKind(), v.postId(), v.path(), v.personName(), v.personHasAccount(),
                    v.shownAs(), v.shownName(), v.consentMethod(), v.consentGivenOn(), v.agreedTo(), v.enteredBy(),
                    v.enteredAt(), v.withdrawnAt(), v.withdrawnBy(), v.withdrawalNote());
        }
    }

    @Schema(name = "ConsentRecordPage")
    public record RecordPage(List<ConsentRecord> items, int page, int size, long total, int pages) {
    }

    @Schema(name = "AssistedWithdrawal")
    public record WithdrawalBody(@Schema(maxLength = AssistedPosting.AGREED_MAX,
            description = "Why, for the record (for example: asked by phone on 3 March)") String note) {
    }

    @POST
    @Path("stories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Share a story on someone's behalf (practitioners and moderators)", description = "The story "
            + "shows the person's name or pseudonym and \"shared by\" the caller; it waits for a moderator (another "
            + "one than the caller). With personEmail it is linked to the person's account: they can read and withdraw "
            + "it, and it shows their own pseudonym. The consent record and an audit entry are kept.")
    @APIResponse(responseCode = "201", description = "Shared; Location names the story")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field (the fields of "
            + "onBehalfOf are named as they are, for example consentMethod)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a practitioner or moderator, or email not confirmed")
    public Response shareStory(StoryBody body) {
        StoryBody b = ApiInput.body(body);
        Story story = assisted.shareStory(viewer.get(), b.title(), b.body(), b.language(), b.onBehalfOf());
        return Response.created(UriBuilder.fromPath("/api/v1/stories/{id}").build(story.id()))
                .entity(new StoryResult(StoryViews.full(story, List.of(), viewer.get()), consent(
                        AssistedConsent.PostKind.STORY, story.id()))).build();
    }

    @POST
    @Path("replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reply in a thread on someone's behalf (practitioners and moderators)", description = "The "
            + "reply is the caller's (they can edit it) and shows \"on behalf of\" the person's name or pseudonym. "
            + "The consent record and an audit entry are kept.")
    @APIResponse(responseCode = "201", description = "Posted: its place; Location is the reply")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a practitioner or moderator, or email not confirmed")
    @APIResponse(responseCode = "404", description = "Unknown thread")
    @APIResponse(responseCode = "409", description = "The thread is locked")
    public Response reply(ReplyBody body) {
        ReplyBody b = ApiInput.body(body);
        if (b.threadId() == null) {
            throw org.coproduce.plugin.Problem.invalid(java.util.Map.of("threadId", "Please say which thread to reply in."));
        }
        Reply reply = assisted.reply(viewer.get(), b.threadId(), b.body(), b.quotedReplyId(), b.language(), b.onBehalfOf());
        Replies.Location at = replies.locate(viewer.get(), reply.id(), Threads.REPLIES_PER_PAGE);
        return Response.created(UriBuilder.fromPath("/api/v1/replies/{id}").build(reply.id()))
                .entity(new ReplyPlace(reply.id(), at.threadId(), at.number(), at.page(), at.path(), reply.behalfName(),
                        consent(AssistedConsent.PostKind.REPLY, reply.id()))).build();
    }

    @GET
    @Path("consents")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Consent records", description = "Newest first: moderators see all; others the ones they "
            + "entered and the ones about themselves.")
    @APIResponse(responseCode = "200", description = "A page of consent records")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public RecordPage records(@QueryParam("page") @Parameter(description = "From 1") String page,
                              @QueryParam("size") @Parameter(description = "1 to 100, default 20") String size) {
        PageOf<AssistedPosting.ConsentView> found = assisted.records(viewer.get(), ApiInput.integer("page", page, 1),
                ApiInput.integer("size", size, 20));
        return new RecordPage(found.items().stream().map(ConsentRecord::of).toList(), found.page(), found.size(),
                found.total(), found.pages());
    }

    @POST
    @Path("stories/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw a story shared on someone's behalf, at their request", description = "By the member "
            + "of staff who shared it, a moderator, or the person when it is linked to their account. Gone for everyone "
            + "else at once; the consent record notes when, by whom and the note.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not one who may withdraw it")
    @APIResponse(responseCode = "404", description = "No such story, or not one the caller may read")
    public StoryResult withdraw(@PathParam("id") String id, WithdrawalBody body) {
        long storyId = ApiInput.id("story", id);
        Story story = assisted.withdrawStory(viewer.get(), storyId, body == null ? null : body.note());
        return new StoryResult(StoryViews.full(story, stories.responses(storyId), viewer.get()),
                consent(AssistedConsent.PostKind.STORY, storyId));
    }

    private ConsentRecord consent(AssistedConsent.PostKind kind, long id) {
        return assisted.consentOf(kind, id, viewer.get()).map(ConsentRecord::of).orElse(null);
    }
}
