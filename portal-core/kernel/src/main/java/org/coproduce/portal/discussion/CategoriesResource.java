package org.coproduce.portal.discussion;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Discussion categories: everyone lists those they may read; administrators add and change them. */
@Path("categories")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussions", description = "Categories, threads, replies, revisions, moderation and follows")
public class CategoriesResource {

    @Inject
    Categories categories;

    @Inject
    Follows follows;

    @Inject
    RequestViewer viewer;

    /** A category as an administrator sends it. */
    @Schema(name = "CategoryInput")
    public record CategoryBody(
            @Schema(required = true, maxLength = 80) String name,
            @Schema(required = true, maxLength = 500) String description,
            @Schema(description = "Readable by signed-in members only; default false") Boolean membersOnly,
            @Schema(description = "Order on the discussions page (lower first); default: after the others") Integer position) {
    }

    /** Whether to follow. */
    @Schema(name = "FollowInput")
    public record FollowBody(@Schema(required = true) Boolean following) {
    }

    /** The follow state. */
    @Schema(name = "FollowState")
    public record FollowState(boolean following) {
    }

    @GET
    @Operation(summary = "The categories the caller may read", description = "Members-only categories are listed "
            + "for signed-in members only. Each with its thread count, last activity and whether the caller follows it.")
    @APIResponse(responseCode = "200", description = "The categories, in order")
    public List<CategoryView> list() {
        return categories.list(viewer.get());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One category")
    @APIResponse(responseCode = "200", description = "The category")
    @APIResponse(responseCode = "404", description = "Unknown, or members-only and the caller is not signed in")
    public CategoryView get(@PathParam("id") String id) {
        return categories.get(ApiInput.id("id", id), viewer.get());
    }

    @POST
    @RequiresRole(PortalRole.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a category (administrators)")
    @APIResponse(responseCode = "201", description = "Added; Location names the category")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "A category has this name already")
    public Response create(CategoryBody body) {
        CategoryBody b = ApiInput.body(body);
        Category c = categories.create(viewer.get(), b.name(), b.description(), Boolean.TRUE.equals(b.membersOnly()),
                b.position());
        return Response.created(UriBuilder.fromPath("/api/v1/categories/{id}").build(c.id()))
                .entity(categories.get(c.id(), viewer.get())).build();
    }

    @PUT
    @Path("{id}")
    @RequiresRole(PortalRole.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a category (administrators)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "Unknown category")
    @APIResponse(responseCode = "409", description = "Another category has this name")
    public CategoryView update(@PathParam("id") String id, CategoryBody body) {
        CategoryBody b = ApiInput.body(body);
        long categoryId = ApiInput.id("id", id);
        categories.update(viewer.get(), categoryId, b.name(), b.description(), Boolean.TRUE.equals(b.membersOnly()),
                b.position());
        return categories.get(categoryId, viewer.get());
    }

    @PUT
    @Path("{id}/follow")
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Follow or stop following a category", description = "Stores the state; the notifications "
            + "feature mails followers about new threads.")
    @APIResponse(responseCode = "200", description = "The new state")
    @APIResponse(responseCode = "404", description = "Unknown category")
    public FollowState follow(@PathParam("id") String id, FollowBody body) {
        return new FollowState(follows.followCategory(viewer.get(), ApiInput.id("id", id),
                ApiInput.flag("following", ApiInput.body(body).following())));
    }
}
