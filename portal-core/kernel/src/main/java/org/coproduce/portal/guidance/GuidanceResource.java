package org.coproduce.portal.guidance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.guidance.imports.GuidanceImporter;
import org.coproduce.portal.guidance.imports.ImportedDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The guidance library: anyone reads published guidance; moderators import, edit and publish drafts. */
@Path("guidance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guidance", description = "Guidance documents with sections, key messages, references, tags and versions")
public class GuidanceResource {

    @Inject
    GuidanceLibrary library;

    @Inject
    GuidanceDrafts drafts;

    @Inject
    GuidanceImporter importer;

    @Inject
    RequestViewer viewer;

    /** What a draft says, as sent to create or change it. */
    @Schema(name = "GuidanceDraftChange")
    public record DraftBody(@Schema(description = "Publish as a new version of this document; null for a new document")
                            Long documentId,
                            @Schema(maxLength = 200) String title,
                            @Schema(maxLength = 2000) String summary,
                            List<Section> sections, List<String> keyMessages, List<Reference> references,
                            List<String> tags) {

        GuidanceContent content() {
            return new GuidanceContent(title, summary, sections, keyMessages, references, tags);
        }
    }

    /** Where to publish a draft. */
    @Schema(name = "GuidancePublication")
    public record PublicationBody(@Schema(description = "Publish as the next version of this document; "
            + "leave out to publish a new document (or the document the draft was started from)") Long documentId) {
    }

    @GET
    @Operation(summary = "Published guidance documents (their latest versions), newest first",
            description = "Numbered pages; `tag` keeps only documents with that tag.")
    @APIResponse(responseCode = "200", description = "A page of documents: items, page, size, total")
    @APIResponse(responseCode = "400", description = "Page or size out of range")
    public PageOf<GuidanceSummary> list(@QueryParam("tag") String tag,
                                        @QueryParam("page") @DefaultValue("1") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        return library.list(tag, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A published guidance document: its latest version, or an older one with ?version=N",
            description = "Sections, key messages, references, tags, the version number and the list of versions.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = GuidanceView.class)))
    @APIResponse(responseCode = "404", description = "No such document or version")
    public GuidanceView read(@PathParam("id") long id,
                             @Parameter(description = "A version number, from 1") @QueryParam("version") Integer version) {
        if (version != null && version < 1) {
            throw Problem.invalid(Map.of("version", "Version numbers start at 1."));
        }
        return library.read(id, Optional.ofNullable(version));
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import a file as a new draft (moderators)",
            description = "Send the file in a multipart part named `file`: Markdown, plain text, HTML, PDF or Word "
                    + "(.docx), at most 10 MB. The type is found from the content, not the name. Headings become "
                    + "sections; the first heading (or the document's title) becomes the title.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"))))
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "No file, an empty file, or a file that cannot be read")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "415", description = "The content is not of a type that can be imported")
    public Response importFile(@FormParam("file") EntityPart file) {
        if (file == null) {
            throw Problem.invalid(Map.of("file", "Please send the file in a form part named \"file\"."));
        }
        String name = file.getFileName().orElse(null);
        ImportedDocument imported = importer.read(file.getContent(), name);
        DraftView draft = drafts.create(accountId(), name, null, new GuidanceContent(imported.title(),
                imported.summary(), imported.sections(), List.of(), List.of(), List.of()));
        return Response.created(URI.create("guidance/drafts/" + draft.id())).entity(draft).build();
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Write a new draft (moderators)")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "Something is too long or not right")
    public Response createDraft(DraftBody body) {
        DraftBody b = required(body);
        DraftView draft = drafts.create(accountId(), null, b.documentId(), b.content());
        return Response.created(URI.create("guidance/drafts/" + draft.id())).entity(draft).build();
    }

    @GET
    @Path("drafts/{id}")
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A draft (moderators)")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = "No such draft")
    public DraftView draft(@PathParam("id") long id) {
        return drafts.find(id);
    }

    @PUT
    @Path("drafts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a draft (moderators)", description = "Replaces the title, summary, sections, key "
            + "messages, references, tags and the document it will be a version of.")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "Something is too long or not right")
    @APIResponse(responseCode = "404", description = "No such draft")
    @APIResponse(responseCode = "409", description = "The draft has been published already")
    public DraftView updateDraft(@PathParam("id") long id, DraftBody body) {
        DraftBody b = required(body);
        return drafts.update(id, b.documentId(), b.content());
    }

    @POST
    @Path("drafts/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(PortalRole.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a draft (moderators)", description = "As a new document, or with `documentId` as the "
            + "next version of that document; its older versions stay readable.")
    @APIResponse(responseCode = "201", description = "The published version",
            content = @Content(schema = @Schema(implementation = GuidanceView.class)))
    @APIResponse(responseCode = "400", description = "The draft is not complete (title, summary, sections) or not right")
    @APIResponse(responseCode = "404", description = "No such draft")
    @APIResponse(responseCode = "409", description = "The draft has been published already")
    public Response publish(@PathParam("id") long id, PublicationBody body) {
        Long documentId = body == null ? null : body.documentId();
        GuidanceView published = drafts.publish(id, documentId, accountId());
        return Response.created(URI.create("guidance/" + published.id() + "?version=" + published.version()))
                .entity(published).build();
    }

    private long accountId() {
        return viewer.get().accountId().orElseThrow(() -> new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized",
                "Please sign in first."));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new Problem(Problem.Kind.INVALID, "body_missing", "Please send a JSON object in the request body.");
        }
        return body;
    }
}
