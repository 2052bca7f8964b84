package org.coproduce.portal.story;

import org.coproduce.portal.api.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.Contributors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stories: share, read, moderate, withdraw, respond; and the check for identifying details. */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "Stories shared by members, pre-moderated, withdrawable by their authors")
public class StoriesResource {

    @Inject
    RequestViewer viewer;

    @Inject
    Stories stories;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    org.coproduce.portal.assisted.AssistedPosting assisted;

    @Schema(name = "NewStory")
    public record NewStory(
            @Schema(required = true, maxLength = StoryTexts.TITLE_MAX) String title,
            @Schema(required = true, maxLength = StoryTexts.BODY_MAX, description = "Markdown") String body,
            @Schema(description = "Share under the caller's pseudonym instead of their name (default false)") Boolean pseudonymous,
            @Schema(description = "The language it is written in: en or cy (optional)") String language) {
    }

    @Schema(name = "TextToCheck")
    public record TextToCheck(@Schema(required = true, maxLength = StoryTexts.BODY_MAX + StoryTexts.TITLE_MAX) String text) {
    }

    @Schema(name = "IdentifyingDetail", description = "A piece of the text that may identify someone")
    public record Finding(
            @Schema(enumeration = {"email", "phone", "postcode", "address", "date-of-birth", "date", "age", "name"}) String kind,
            @Schema(description = "What it looks like, in words") String label,
            String text,
            @Schema(description = "Character index where it starts (UTF-16, as JavaScript counts)") int start,
            @Schema(description = "Character index where it ends (exclusive)") int end) {
    }

    @Schema(name = "Rejection")
    public record RejectionBody(@Schema(required = true, maxLength = StoryTexts.REASON_MAX) String reason) {
    }

    @Schema(name = "NewStoryResponse")
    public record ResponseBody(@Schema(required = true, maxLength = StoryTexts.RESPONSE_MAX, description = "Markdown") String body) {
    }

    @Schema(name = "PseudonymView")
    public record PseudonymView(String pseudonym) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Share a story", description = "Verified members only. The story waits for a moderator "
            + "(status PENDING) before anyone else can read it. With pseudonymous true it shows the caller's pseudonym.")
    @APIResponse(responseCode = "201", description = "Shared; Location names the story")
    @APIResponse(responseCode = "400", description = "Missing, empty or too long title or body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Email address not confirmed yet")
    public Response share(NewStory body) {
        long author = Contributors.requireVerifiedMember(viewer.get());
        NewStory b = required(body);
        Story story = stories.share(author, b.title(), b.body(), Boolean.TRUE.equals(b.pseudonymous()), b.language());
        return Response.created(UriBuilder.fromPath("/api/v1/stories/{id}").build(story.id()))
                .entity(StoryViews.full(story, List.of(), viewer.get())).build();
    }

    @GET
    @Operation(summary = "List stories", description = "Published stories, newest first. Moderators may ask for "
            + "status=PENDING (oldest first, the review queue) or REJECTED; mine=true lists the caller's own stories "
            + "in every state, withdrawn ones included.")
    @APIResponse(responseCode = "200", description = "A page of stories")
    @APIResponse(responseCode = "400", description = "Unknown status, or a bad page or size")
    @APIResponse(responseCode = "403", description = "A status other than APPROVED asked for by someone who is not a moderator")
    public StoryViews.Page list(@QueryParam("status") @Parameter(description = "APPROVED (default), PENDING, REJECTED") String status,
                                @QueryParam("mine") @Parameter(description = "true: the caller's own stories") String mine,
                                @QueryParam("page") @Parameter(description = "From 1") String page,
                                @QueryParam("size") @Parameter(description = "1 to 100, default 20") String size) {
        int p = ApiInput.integer("page", page, 1);
        int s = ApiInput.integer("size", size, 20);
        Viewer who = viewer.get();
        if ("true".equalsIgnoreCase(mine)) {
            if (!who.signedIn()) {
                throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in to see your own stories.");
            }
            return StoryViews.page(stories.byAuthor(who.accountId().orElseThrow(), p, s));
        }
        StoryStatus wanted = status == null || status.isBlank() ? StoryStatus.APPROVED : StoryStatus.parse(status)
                .orElseThrow(() -> Problem.invalid(Map.of("status", "The status is one of APPROVED, PENDING or REJECTED.")));
        if (wanted != StoryStatus.APPROVED && !who.has(PortalRole.MODERATOR)) {
            throw new Problem(who.signedIn() ? Problem.Kind.FORBIDDEN : Problem.Kind.UNAUTHORIZED,
                    who.signedIn() ? "forbidden" : "unauthorized",
                    "Only moderators can see stories that are not published.");
        }
        return StoryViews.page(stories.withStatus(wanted, p, s));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a story with its responses", description = "Published stories for everyone; a "
            + "story waiting for review for its author and moderators; a withdrawn story for its author only.")
    @APIResponse(responseCode = "200", description = "The story")
    @APIResponse(responseCode = "404", description = "No such story, or not one the caller may read")
    public StoryViews.Full read(@PathParam("id") String id) {
        Story story = stories.readable(ApiInput.id("story", id), viewer.get());
        return StoryViews.full(story, stories.responses(story.id()), stories.pictures(story.id()), viewer.get());
    }

    @POST
    @Path("{id}/approval")
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a story waiting for review (moderators)")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "No such story, or withdrawn")
    @APIResponse(responseCode = "409", description = "Reviewed already")
    public StoryViews.Full approve(@PathParam("id") String id) {
        Story story = stories.approve(ApiInput.id("story", id), viewer.get());
        return StoryViews.full(story, List.of(), viewer.get());
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Turn down a story waiting for review, with a reason for the author (moderators)")
    @APIResponse(responseCode = "200", description = "Turned down")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such story, or withdrawn")
    @APIResponse(responseCode = "409", description = "Reviewed already")
    public StoryViews.Full reject(@PathParam("id") String id, RejectionBody body) {
        long storyId = ApiInput.id("story", id);
        Story story = stories.reject(storyId, viewer.get(), required(body).reason());
        return StoryViews.full(story, List.of(), viewer.get());
    }

    /** A moderator's de-identified title and text, and why, for the author. */
    public record RedactionBody(String title, String body, String reason) {
    }

    @PUT
    @Path("{id}/redaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove identifying details from a story (moderators)", description = "The title and text "
            + "are replaced by the moderator's de-identified version (POST /stories/identifying-details lists likely "
            + "details: names, dates of birth, phone numbers, addresses...). The author is told, with the reason; the "
            + "audit log records that it happened and why, but the words removed are not kept anywhere. Not for the "
            + "moderator's own story.")
    @APIResponse(responseCode = "200", description = "Changed; redactedAt is set")
    @APIResponse(responseCode = "400", description = "No reason, an empty or too long title or text, or nothing changed")
    @APIResponse(responseCode = "403", description = "Not a moderator, or the moderator's own story")
    @APIResponse(responseCode = "404", description = "No such story")
    @APIResponse(responseCode = "409", description = "Withdrawn by its author")
    public StoryViews.Full redact(@PathParam("id") String id, RedactionBody body) {
        long storyId = ApiInput.id("story", id);
        RedactionBody given = body == null ? new RedactionBody(null, null, null) : body;
        Story story = stories.redact(storyId, viewer.get(), given.title(), given.body(), given.reason());
        return StoryViews.full(story, stories.responses(story.id()), viewer.get());
    }

    @POST
    @Path("{id}/withdrawal")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw one's own story", description = "At once it is gone from every public page and "
            + "listing; its author still sees it, marked withdrawn. The record is kept. A story staff shared on the "
            + "caller's behalf (linked to their account) is withdrawn here too, and its consent record notes it.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such story")
    public StoryViews.Full withdraw(@PathParam("id") String id) {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in to withdraw your story.");
        }
        Story story = assisted.withdrawStory(who, ApiInput.id("story", id), null);
        return StoryViews.full(story, stories.responses(story.id()), who);
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Respond under a published story (practitioners and moderators)")
    @APIResponse(responseCode = "201", description = "The response")
    @APIResponse(responseCode = "400", description = "Empty or too long")
    @APIResponse(responseCode = "403", description = "Not a practitioner or moderator, or email not confirmed")
    @APIResponse(responseCode = "404", description = "No such story")
    @APIResponse(responseCode = "409", description = "The story is not published")
    public Response respond(@PathParam("id") String id, ResponseBody body) {
        long responder = Contributors.requireVerifiedMember(viewer.get());
        long storyId = ApiInput.id("story", id);
        StoryResponse response = stories.respond(storyId, viewer.get(), responder, required(body).body());
        return Response.status(Response.Status.CREATED).entity(StoryViews.response(response)).build();
    }

    @POST
    @Path("{id}/pictures")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a picture to one's own story while it waits for a moderator", description = "Multipart "
            + "form with the parts 'file' (PNG, JPEG or GIF, at most 5 MB, checked by its content and re-encoded "
            + "without metadata) and 'altText' (what it shows, for people who cannot see it). At most 4 pictures.")
    @APIResponse(responseCode = "201", description = "Added: the picture's address, description and size")
    @APIResponse(responseCode = "400", description = "Not a picture whatever it claims, damaged, or no description")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such story")
    @APIResponse(responseCode = "409", description = "The story is no longer waiting for a moderator, or has 4 pictures")
    @APIResponse(responseCode = "413", description = "Over 5 MB")
    public Response addPicture(@PathParam("id") String id, List<jakarta.ws.rs.core.EntityPart> parts) {
        Viewer who = viewer.get();
        Contributors.requireVerifiedMember(who);
        long storyId = ApiInput.id("story", id);
        byte[] file = null;
        String altText = null;
        try {
            for (jakarta.ws.rs.core.EntityPart part : parts == null ? List.<jakarta.ws.rs.core.EntityPart>of() : parts) {
                if ("file".equals(part.getName())) {
                    file = part.getContent().readNBytes(PictureProcessor.MAX_BYTES + 1);
                } else if ("altText".equals(part.getName())) {
                    altText = new String(part.getContent().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new Problem(Problem.Kind.INVALID, "unreadable_upload", "The upload could not be read. Please try again.");
        }
        if (file == null) {
            throw Problem.invalid(Map.of("file", "Please send the picture in a part named 'file'."));
        }
        StoryPicture picture = stories.addPicture(storyId, who, file, altText);
        return Response.status(Response.Status.CREATED).entity(StoryViews.picture(picture)).build();
    }

    @POST
    @Path("identifying-details")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Find details in a text that may identify someone", description = "Names of people, "
            + "dates of birth and other dates, ages, phone numbers, email addresses, postcodes and street addresses: "
            + "likely ones, for the author to look at before sharing. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The findings, in order of position")
    @APIResponse(responseCode = "400", description = "No text, or too long")
    public List<Finding> identifyingDetails(TextToCheck body) {
        Contributors.requireVerifiedMember(viewer.get());
        String text = required(body).text();
        Texts check = new Texts();
        StoryTexts.requireText(check, "text", text, "the text to check", StoryTexts.BODY_MAX + StoryTexts.TITLE_MAX);
        check.throwIfAny();
        return IdentifyingDetails.find(text).stream()
                .map(d -> new Finding(d.kind().code(), d.kind().label(), d.text(), d.start(), d.end())).toList();
    }

    @GET
    @Path("pseudonym")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller's pseudonym", description = "Made on first use and the same ever after.")
    @APIResponse(responseCode = "200", description = "The pseudonym")
    public PseudonymView pseudonym() {
        long account = Contributors.requireVerifiedMember(viewer.get());
        return new PseudonymView(pseudonyms.forAccount(account).name());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Problem(Problem.Kind.INVALID, "body_missing", "Please send a JSON object in the request body.");
        }
        return body;
    }
}
