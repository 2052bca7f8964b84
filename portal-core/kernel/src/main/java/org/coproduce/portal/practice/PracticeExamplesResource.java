package org.coproduce.portal.practice;

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
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.content.Contributors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of practice examples. */
@Path("practice-examples")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practice examples", description = "A typed register of co-production practice")
public class PracticeExamplesResource {

    @Inject
    RequestViewer viewer;

    @Inject
    PracticeExamples examples;

    @Schema(name = "NewPracticeExample")
    public record Body(
            @Schema(required = true, maxLength = NewPracticeExample.TITLE_MAX) String title,
            @Schema(required = true, maxLength = NewPracticeExample.SUMMARY_MAX) String summary,
            @Schema(required = true, maxLength = NewPracticeExample.BODY_MAX, description = "Markdown") String body,
            @Schema(required = true, description = "ISO 3166-1 alpha-2 code, such as GB or SE") String country,
            @Schema(required = true, maxLength = NewPracticeExample.ORGANISATION_MAX) String organisation,
            @Schema(required = true, description = "An email address or an http(s) address") String contact,
            @Schema(required = true, description = "Unique, 2 to 5 letters, a dash, digits: SE-60") String referenceNumber,
            @Schema(required = true, enumeration = {"COORDINATION", "COOPERATION", "COLLABORATION", "COPRODUCTION"}) String partnershipLevel,
            @Schema(description = "Up to 10 themes, stored lower-case") List<String> tags,
            @Schema(description = "Up to 10 short texts") List<String> outcomes,
            @Schema(description = "Up to 10 http(s) addresses") List<String> evidenceLinks,
            @Schema(description = "Up to 10 ids of published guidance documents this example relates to")
            List<Long> relatedGuidanceIds,
            @Schema(description = "Up to 10 ids of discussion threads this example relates to; threads in "
                    + "members-only categories cannot be linked") List<Long> relatedThreadIds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a practice example (verified members)")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "A field is missing or not right, with a message per field "
            + "(also for unknown related guidance or thread ids, and for threads in members-only categories)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Email address not confirmed yet")
    @APIResponse(responseCode = "409", description = "The reference number is in use")
    public Response add(Body body) {
        long author = Contributors.requireVerifiedMember(viewer.get());
        if (body == null) {
            throw new Problem(Problem.Kind.INVALID, "body_missing", "Please send a JSON object in the request body.");
        }
        PracticeExample example = examples.add(author, new NewPracticeExample(body.title(), body.summary(), body.body(),
                body.country(), body.organisation(), body.contact(), body.referenceNumber(), body.partnershipLevel(),
                body.tags(), body.outcomes(), body.evidenceLinks(), body.relatedGuidanceIds(), body.relatedThreadIds()));
        return Response.created(UriBuilder.fromPath("/api/v1/practice-examples/{id}").build(example.id()))
                .entity(PracticeViews.full(example, examples.related(example.id(), viewer.get()))).build();
    }

    @GET
    @Operation(summary = "List practice examples", description = "Newest first, narrowed by any of country, "
            + "partnership level and tag.")
    @APIResponse(responseCode = "200", description = "A page of examples")
    @APIResponse(responseCode = "400", description = "An unknown country or level, or a bad page or size")
    public PracticeViews.Page list(@QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2, such as SE") String country,
                                   @QueryParam("partnershipLevel") @Parameter(description = "COORDINATION, COOPERATION, COLLABORATION or COPRODUCTION") String level,
                                   @QueryParam("tag") String tag,
                                   @QueryParam("page") @Parameter(description = "From 1") String page,
                                   @QueryParam("size") @Parameter(description = "1 to 100, default 20") String size) {
        PracticeFilter filter = PracticeFilter.parse(country, level, tag);
        return PracticeViews.page(examples.list(filter, number(page, "page", 1), number(size, "size", 20)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a practice example", description = "With its related guidance (published documents) "
            + "and related discussion threads (only those the caller may read).")
    @APIResponse(responseCode = "200", description = "The example")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "404", description = "No such example")
    public PracticeViews.Full read(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new Problem(Problem.Kind.INVALID, "invalid_id", "A practice example number is a whole number such as 12.");
        }
        return PracticeViews.full(examples.find(number), examples.related(number, viewer.get()));
    }

    private static int number(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(Map.of(field, "The " + field + " is a whole number such as 2."));
        }
    }
}
