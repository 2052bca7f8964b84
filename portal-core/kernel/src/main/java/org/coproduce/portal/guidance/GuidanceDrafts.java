package org.coproduce.portal.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugin.Problem;

/**
 * Drafts of guidance: made from an imported file, from scratch or from a document's latest version; edited;
 * then published once, as a new document or as the next version of one. Callers check the moderator role.
 */
@ApplicationScoped
public class GuidanceDrafts {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    GuidanceLibrary library;

    /** A new draft holding {@code content}, to become a new document (or a version of {@code documentId}). */
    @Transactional
    public DraftView create(long accountId, String sourceName, Long documentId, GuidanceContent content) {
        GuidanceContent clean = withNormalTags(content);
        GuidanceRules.requireStorable(clean);
        if (documentId != null && !library.exists(documentId)) {
            throw Problem.notFound("There is no guidance document " + documentId + ".");
        }
        GuidanceDraft draft = new GuidanceDraft(accountId, Instant.now(), cut(sourceName), documentId, clean);
        em.persist(draft);
        em.flush();
        return DraftView.of(draft, null);
    }

    /** A new draft copied from a document's latest version, to become its next version. */
    @Transactional
    public DraftView startNewVersion(long accountId, long documentId) {
        GuidanceView latest = library.read(documentId, Optional.empty());
        return create(accountId, null, documentId, new GuidanceContent(latest.title(), latest.summary(),
                latest.sections(), latest.keyMessages(), latest.references(), latest.tags()));
    }

    @Transactional
    public DraftView find(long draftId) {
        GuidanceDraft draft = require(draftId);
        return DraftView.of(draft, draft.publishedVersionId() == null ? null : library.version(draft.publishedVersionId()));
    }

    /** Replaces what a draft says (and which document it will be a version of). */
    @Transactional
    public DraftView update(long draftId, Long documentId, GuidanceContent content) {
        GuidanceDraft draft = requireOpen(draftId);
        GuidanceContent clean = withNormalTags(content);
        GuidanceRules.requireStorable(clean);
        if (documentId != null && !library.exists(documentId)) {
            throw Problem.invalid(java.util.Map.of("documentId", "There is no guidance document " + documentId + "."));
        }
        draft.replace(clean, Instant.now());
        draft.target(documentId);
        return DraftView.of(draft, null);
    }

    /**
     * Publishes a draft: as the next version of {@code documentId} if given (else of the document the draft
     * names), or as a new document. A draft is published once.
     */
    @Transactional
    public GuidanceView publish(long draftId, Long documentId, long accountId) {
        GuidanceDraft draft = requireOpen(draftId);
        Long target = documentId != null ? documentId : draft.documentId();
        if (target != null && !library.exists(target)) {
            throw Problem.invalid(java.util.Map.of("documentId", "There is no guidance document " + target + "."));
        }
        GuidanceVersion version = library.publish(draft.content(), target, accountId);
        draft.target(version.documentId());
        draft.markPublished(version.id());
        return library.read(version.documentId(), Optional.of(version.number()));
    }

    /** Drafts not yet published, most recently changed first. */
    @Transactional
    public List<DraftView> open(int limit) {
        return em.createQuery("SELECT d FROM GuidanceDraft d WHERE d.publishedVersionId IS NULL ORDER BY d.updatedAt DESC",
                GuidanceDraft.class).setMaxResults(limit).getResultList().stream().map(d -> DraftView.of(d, null)).toList();
    }

    private GuidanceDraft require(long draftId) {
        GuidanceDraft draft = em.find(GuidanceDraft.class, draftId);
        if (draft == null) {
            throw Problem.notFound("There is no guidance draft " + draftId + ".");
        }
        return draft;
    }

    private GuidanceDraft requireOpen(long draftId) {
        GuidanceDraft draft = require(draftId);
        if (draft.publishedVersionId() != null) {
            throw new Problem(Problem.Kind.CONFLICT, "already_published", "This draft has been published already; "
                    + "to change the guidance, start a new version from the published document.");
        }
        return draft;
    }

    private static GuidanceContent withNormalTags(GuidanceContent content) {
        return new GuidanceContent(content.title(), content.summary(), content.sections(), content.keyMessages(),
                content.references(), GuidanceRules.normalizeTags(content.tags()));
    }

    private static String cut(String name) {
        return name == null ? null : name.length() > 255 ? name.substring(0, 255) : name;
    }
}
