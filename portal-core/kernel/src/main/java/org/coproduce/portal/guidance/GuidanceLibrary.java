package org.coproduce.portal.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.search.SearchOutbox;

/**
 * Published guidance: the list (latest versions, optionally with a tag), one version of a document, and
 * publishing content as a new document or as the next version of one. Everyone may read published guidance.
 */
@ApplicationScoped
public class GuidanceLibrary {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    SearchOutbox search;

    /** A page of published documents (their latest versions), newest first; only those tagged {@code tag} if given. */
    @Transactional
    public PageOf<GuidanceSummary> list(String tag, int page, int size) {
        int offset = PageOf.offset(page, size);
        String normalized = tag == null || tag.isBlank() ? null : GuidanceRules.normalizeTags(List.of(tag)).get(0);
        String where = normalized == null ? "WHERE v.latest = TRUE"
                : "WHERE v.latest = TRUE AND :tag MEMBER OF v.tags";
        var count = em.createQuery("SELECT COUNT(v) FROM GuidanceVersion v " + where, Long.class);
        var query = em.createQuery("SELECT v FROM GuidanceVersion v " + where + " ORDER BY v.publishedAt DESC, v.id DESC",
                GuidanceVersion.class);
        if (normalized != null) {
            count.setParameter("tag", normalized);
            query.setParameter("tag", normalized);
        }
        List<GuidanceVersion> versions = query.setFirstResult(offset).setMaxResults(size).getResultList();
        Map<Long, List<String>> tags = tagsOf(versions.stream().map(GuidanceVersion::id).toList());
        List<GuidanceSummary> items = versions.stream().map(v -> new GuidanceSummary(v.documentId(), v.number(),
                v.title(), v.summary(), tags.getOrDefault(v.id(), List.of()), v.publishedAt())).toList();
        return new PageOf<>(items, page, size, count.getSingleResult());
    }

    /** The tags in use on the latest versions, most used first (at most 50). */
    @Transactional
    public List<String> tagsInUse() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT g.tag, COUNT(*) FROM guidance_tag g JOIN guidance_version v "
                + "ON v.id = g.version_id WHERE v.latest = TRUE GROUP BY g.tag ORDER BY COUNT(*) DESC, g.tag")
                .setMaxResults(50).getResultList();
        return rows.stream().map(row -> (String) row[0]).toList();
    }

    /** Version {@code number} of a document, or its latest version when {@code number} is empty. */
    @Transactional
    public GuidanceView read(long documentId, Optional<Integer> number) {
        GuidanceDocument document = em.find(GuidanceDocument.class, documentId);
        if (document == null || document.latestNumber() == 0) {
            throw Problem.notFound("There is no guidance document " + documentId + ".");
        }
        int wanted = number.orElse(document.latestNumber());
        GuidanceVersion version = em.createQuery("SELECT v FROM GuidanceVersion v WHERE v.documentId = :d AND v.number = :n",
                GuidanceVersion.class).setParameter("d", documentId).setParameter("n", wanted)
                .getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("Guidance document " + documentId + " has no version " + wanted
                        + ": its versions are 1 to " + document.latestNumber() + "."));
        List<VersionInfo> versions = em.createQuery("SELECT NEW org.coproduce.portal.guidance.VersionInfo(v.number, "
                + "v.publishedAt) FROM GuidanceVersion v WHERE v.documentId = :d ORDER BY v.number", VersionInfo.class)
                .setParameter("d", documentId).getResultList();
        GuidanceContent content = version.content();
        return new GuidanceView(documentId, version.number(), document.latestNumber(), content.title(),
                content.summary(), content.sections(), content.keyMessages(), content.references(), content.tags(),
                version.publishedAt(), versions);
    }

    /** Whether a document exists (has a published version). */
    @Transactional
    public boolean exists(long documentId) {
        GuidanceDocument document = em.find(GuidanceDocument.class, documentId);
        return document != null && document.latestNumber() > 0;
    }

    /**
     * Publishes {@code content} as a new document (no {@code documentId}) or as the next version of a document;
     * the older versions stay readable. Checks the content first.
     */
    @Transactional
    public GuidanceVersion publish(GuidanceContent content, Long documentId, long accountId) {
        GuidanceContent clean = new GuidanceContent(content.title(), content.summary(), content.sections(),
                content.keyMessages(), content.references(), GuidanceRules.normalizeTags(content.tags()));
        GuidanceRules.requirePublishable(clean);
        Instant now = Instant.now();
        GuidanceDocument document;
        if (documentId == null) {
            document = new GuidanceDocument(accountId, now);
            em.persist(document);
            em.flush();
        } else {
            document = em.find(GuidanceDocument.class, documentId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (document == null) {
                throw Problem.notFound("There is no guidance document " + documentId + " to add a version to.");
            }
            em.createQuery("UPDATE GuidanceVersion v SET v.latest = FALSE WHERE v.documentId = :d AND v.latest = TRUE")
                    .setParameter("d", document.id()).executeUpdate();
        }
        GuidanceVersion version = new GuidanceVersion(document.id(), document.nextNumber(), clean, accountId, now);
        em.persist(version);
        em.flush();
        search.changed(SearchOutbox.GUIDANCE, document.id());
        return version;
    }

    /** The id of a document whose latest version has this title, if any. */
    @Transactional
    public Optional<Long> findByTitle(String title) {
        return em.createQuery("SELECT v.documentId FROM GuidanceVersion v WHERE v.latest = TRUE AND v.title = :t", Long.class)
                .setParameter("t", title).getResultStream().findFirst();
    }

    /** Finds a document's version by its id (for drafts that were published). */
    GuidanceVersion version(long versionId) {
        return em.find(GuidanceVersion.class, versionId);
    }

    private Map<Long, List<String>> tagsOf(List<Long> versionIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (versionIds.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = em.createQuery("SELECT v.id, t FROM GuidanceVersion v JOIN v.tags t WHERE v.id IN :ids "
                + "ORDER BY v.id, INDEX(t)", Object[].class).setParameter("ids", versionIds).getResultList();
        for (Object[] row : rows) {
            tags.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return tags;
    }
}
