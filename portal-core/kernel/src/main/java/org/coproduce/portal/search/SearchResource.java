package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Search across discussions, stories, practice examples, guidance and plugins' content. One instance serves every
 * request (it holds nothing of a request's own; the viewer comes through the request-scoped RequestViewer): making a
 * resource for each request took about a tenth of a request's processor time on this, the busiest path.
 */
@Path("search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search across the portal, showing only what the caller may read")
public class SearchResource {

    static final int SUGGESTIONS = 8;

    @Inject
    RequestViewer viewer;

    @Inject
    SearchService search;

    @Inject
    SearchLanes lanes;

    /** Suggestions as you type. */
    public record Suggestions(String query, List<SearchHit> suggestions) {
    }

    @GET
    @Operation(summary = "Search", description = "Results have every word (or a synonym of it); words weigh most "
            + "in titles, then headings, then text, with English word forms and the synonym list; \"quoted phrases\" "
            + "must match as phrases; when fewer than three results have every word, any word counts and a misspelt "
            + "word still finds results (fuzzy: true), and didYouMean offers the correction. Only what the caller may "
            + "read is counted or shown. The total is exact up to 10,000 results, and above that too for a search "
            + "made often (the index then knows its count); otherwise it is an estimate from a random sample, to two "
            + "significant figures (totalEstimated: true); facet counts of more than 3,000 "
            + "results are estimates from a random share of them (facetsEstimated: true). "
            + "Snippets are HTML: escaped text with <mark> around matches. Without q, everything (filtered) newest first.")
    @APIResponse(responseCode = "200", description = "A page of hits with the total, facets and a suggestion")
    @APIResponse(responseCode = "400", description = "More than 500 characters, or a filter, sort or page that is not right")
    @APIResponse(responseCode = "429",
            description = "Too many searches waiting their turn just now; Retry-After says when to try again")
    public CompletionStage<SearchResults> search(
            @QueryParam("q") @Parameter(description = "What to look for, at most 500 characters") String q,
            @QueryParam("type") @Parameter(description = "thread, reply, story, practice, guidance or a plugin's type") String type,
            @QueryParam("tag") @Parameter(description = "A tag (lower case)") String tag,
            @QueryParam("country") @Parameter(description = "ISO country code of practice examples, such as GB") String country,
            @QueryParam("partnershipLevel") @Parameter(description = "COORDINATION, COOPERATION, COLLABORATION or COPRODUCTION") String partnershipLevel,
            @QueryParam("year") @Parameter(description = "Year published, such as 2026") String year,
            @QueryParam("sort") @Parameter(description = "relevance (default with q) or date (newest first)") String sort,
            @QueryParam("page") @Parameter(description = "From 1") String page,
            @QueryParam("size") @Parameter(description = "1 to 50, default 10") String size) {
        SearchRequest request = new SearchRequest(q, type, tag, country, partnershipLevel, year, sort,
                ApiInput.integer("page", page, 1), ApiInput.integer("size", size, SearchRequest.DEFAULT_SIZE));
        Viewer caller = viewer.get();
        return lanes.submit(() -> search.search(request, caller));
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Suggestions as you type", description = "Titles the caller may read containing the words "
            + "typed, the last one possibly unfinished (two letters at least), newest first; at most 8.")
    @APIResponse(responseCode = "200", description = "Titles with their type, id and url (no snippet)")
    @APIResponse(responseCode = "400", description = "More than 500 characters")
    public Suggestions suggestions(@QueryParam("q") @Parameter(description = "What has been typed so far") String q) {
        return new Suggestions(q, search.suggest(q, SUGGESTIONS, viewer.get()));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Suggestions as you type (the same as /search/suggestions)")
    @APIResponse(responseCode = "200", description = "Titles with their type, id and url (no snippet)")
    @APIResponse(responseCode = "400", description = "More than 500 characters")
    public Suggestions suggest(@QueryParam("q") @Parameter(description = "What has been typed so far") String q) {
        return suggestions(q);
    }
}
