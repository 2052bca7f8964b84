package org.coproduce.portal.guidance;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draft of guidance, before it is published.
 *
 * @param documentId       the document it will become a new version of, or null for a new document
 * @param sourceName       the name of the file it was imported from, or null
 * @param publishedVersion once published: the version it became (the draft cannot be published again)
 */
@Schema(name = "GuidanceDraft", description = "A draft of guidance, imported from a file or written, before publishing")
public record DraftView(long id, Long documentId, String sourceName, String title, String summary,
                        List<Section> sections, List<String> keyMessages, List<Reference> references,
                        List<String> tags, Instant updatedAt, Integer publishedVersion, Long publishedDocumentId) {

    static DraftView of(GuidanceDraft draft, GuidanceVersion published) {
        GuidanceContent content = draft.content();
        return new DraftView(draft.id(), draft.documentId(), draft.sourceName(), content.title(), content.summary(),
                content.sections(), content.keyMessages(), content.references(), content.tags(), draft.updatedAt(),
                published == null ? null : published.number(), published == null ? null : published.documentId());
    }
}
