package org.coproduce.portal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.search.SearchOutbox;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The register of practice examples: adding, finding by id, listing with filters. Everyone may read it. */
@ApplicationScoped
public class PracticeExamples {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    SearchOutbox search;

    /** A related guidance document or discussion thread. */
    @Schema(name = "PracticeRelatedItem", description = "A related guidance document or discussion thread")
    public record RelatedItem(long id, String title) {
    }

    /** What an example links to, as the viewer may see it. */
    public record Related(List<RelatedItem> guidance, List<RelatedItem> threads) {
    }

    /** An example with its tags, as listings show it (outcomes and links are on its own page). */
    public record Listed(PracticeExample example, List<String> tags) {
    }

    /** Adds an example; a reference number in use already is a 409. */
    @Transactional
    public PracticeExample add(long authorId, NewPracticeExample input) {
        NewPracticeExample.Checked values = input.checked();
        Account author = em.find(Account.class, authorId);
        if (author == null) {
            throw Problem.notFound("This account no longer exists.");
        }
        boolean taken = em.createQuery("SELECT COUNT(e) FROM PracticeExample e WHERE e.referenceNumber = :reference",
                Long.class).setParameter("reference", values.referenceNumber()).getSingleResult() > 0;
        if (taken) {
            throw new Problem(Problem.Kind.CONFLICT, "reference_in_use", "Another practice example has the reference "
                    + "number " + values.referenceNumber() + ". Please check it, or choose another one.",
                    List.of(new Problem.FieldMessage("referenceNumber", "This reference number is in use already.")), 0);
        }
        requireLinkable(values.relatedGuidanceIds(), values.relatedThreadIds());
        PracticeExample example = new PracticeExample(author, values, Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(example);
        em.flush();
        search.changed(SearchOutbox.PRACTICE, example.id());
        return example;
    }

    /** The example with its author, tags, outcomes and links; 404 if there is none. */
    public PracticeExample find(long id) {
        PracticeExample example = em.createQuery("SELECT e FROM PracticeExample e JOIN FETCH e.author WHERE e.id = :id",
                PracticeExample.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("There is no practice example with this number."));
        example.tags();
        example.outcomes();
        example.evidenceLinks();
        return example;
    }

    /**
     * Checks that every guidance id names a published document and every thread id a thread in a public category
     * (a practice example is public, so it does not point into members-only rooms): two statements at most.
     */
    void requireLinkable(List<Long> guidanceIds, List<Long> threadIds) {
        Texts check = new Texts();
        if (!guidanceIds.isEmpty()) {
            Set<Long> published = new HashSet<>(em.createQuery("SELECT v.documentId FROM GuidanceVersion v "
                    + "WHERE v.latest = TRUE AND v.documentId IN :ids", Long.class)
                    .setParameter("ids", guidanceIds).getResultList());
            List<Long> unknown = guidanceIds.stream().filter(id -> !published.contains(id)).toList();
            if (!unknown.isEmpty()) {
                check.problem("relatedGuidanceIds", "There is no published guidance document with the number"
                        + numbers(unknown) + ". Please check the list.");
            }
        }
        if (!threadIds.isEmpty()) {
            Map<Long, Boolean> membersOnly = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT t.id, c.membersOnly FROM DiscussionThread t, Category c "
                    + "WHERE c.id = t.categoryId AND t.state = 'PUBLISHED' AND t.id IN :ids", Object[].class)
                    .setParameter("ids", threadIds).getResultList()) {
                membersOnly.put(((Number) row[0]).longValue(), (Boolean) row[1]);
            }
            List<Long> unknown = threadIds.stream().filter(id -> !membersOnly.containsKey(id)).toList();
            List<Long> closed = threadIds.stream().filter(id -> Boolean.TRUE.equals(membersOnly.get(id))).toList();
            List<String> messages = new ArrayList<>();
            if (!unknown.isEmpty()) {
                messages.add("There is no discussion thread with the number" + numbers(unknown) + ".");
            }
            if (!closed.isEmpty()) {
                messages.add("The discussion thread" + numbers(closed) + (closed.size() == 1 ? " is" : " are")
                        + " in a members-only category, so a public practice example cannot link to "
                        + (closed.size() == 1 ? "it." : "them."));
            }
            if (!messages.isEmpty()) {
                check.problem("relatedThreadIds", String.join(" ", messages));
            }
        }
        check.throwIfAny();
    }

    private static String numbers(List<Long> ids) {
        return (ids.size() == 1 ? " " : "s ") + String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    /**
     * The guidance documents (published ones, by their latest title) and discussion threads (only those the viewer
     * may read) that the example links to, each list by title: one statement per kind.
     */
    public Related related(long exampleId, Viewer viewer) {
        List<RelatedItem> guidance = items(em.createQuery("SELECT v.documentId, v.title FROM PracticeExample e "
                + "JOIN e.guidanceIds g, GuidanceVersion v WHERE e.id = :id AND v.documentId = g AND v.latest = TRUE "
                + "ORDER BY v.title", Object[].class).setParameter("id", exampleId).getResultList());
        String visible = viewer.signedIn() ? "" : " AND c.membersOnly = FALSE";
        List<RelatedItem> threads = items(em.createQuery("SELECT t.id, t.title FROM PracticeExample e "
                + "JOIN e.threadIds x, DiscussionThread t, Category c WHERE e.id = :id AND t.id = x "
                + "AND c.id = t.categoryId" + visible + " ORDER BY t.title", Object[].class)
                .setParameter("id", exampleId).getResultList());
        return new Related(guidance, threads);
    }

    private static List<RelatedItem> items(List<Object[]> rows) {
        return rows.stream().map(row -> new RelatedItem(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** Adds links to an example (those it has already are left as they are), checked as for a new example. */
    @Transactional
    public void link(long exampleId, List<Long> guidanceIds, List<Long> threadIds) {
        PracticeExample example = em.find(PracticeExample.class, exampleId);
        if (example == null) {
            throw Problem.notFound("There is no practice example with this number.");
        }
        requireLinkable(guidanceIds, threadIds);
        guidanceIds.forEach(example::linkGuidance);
        threadIds.forEach(example::linkThread);
        em.flush();
    }

    /** Published guidance documents by their latest title, for choosing related guidance (one statement). */
    public List<RelatedItem> publishedGuidance() {
        return items(em.createQuery("SELECT v.documentId, v.title FROM GuidanceVersion v WHERE v.latest = TRUE "
                + "ORDER BY v.title", Object[].class).getResultList());
    }

    /** Examples matching the filter, newest first, each with its tags (three queries in all). */
    public PageOf<Listed> list(PracticeFilter filter, int page, int size) {
        int offset = PageOf.offset(page, size);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.country() != null) {
            where.append(" AND e.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.partnershipLevel() != null) {
            where.append(" AND e.partnershipLevel = :level");
            parameters.put("level", filter.partnershipLevel());
        }
        if (filter.tag() != null) {
            where.append(" AND EXISTS (SELECT t FROM PracticeExample x JOIN x.tags t WHERE x = e AND t = :tag)");
            parameters.put("tag", filter.tag());
        }
        TypedQuery<PracticeExample> query = em.createQuery("SELECT e FROM PracticeExample e" + where
                + " ORDER BY e.createdAt DESC, e.id DESC", PracticeExample.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM PracticeExample e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PracticeExample> examples = query.setFirstResult(offset).setMaxResults(size).getResultList();
        Map<Long, List<String>> tags = tagsOf(examples.stream().map(PracticeExample::id).toList());
        List<Listed> items = examples.stream().map(e -> new Listed(e, tags.getOrDefault(e.id(), List.of()))).toList();
        return new PageOf<>(items, page, size, count.getSingleResult());
    }

    private Map<Long, List<String>> tagsOf(List<Long> ids) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = new ArrayList<>(em.createQuery("SELECT e.id, t, INDEX(t) FROM PracticeExample e "
                + "JOIN e.tags t WHERE e.id IN :ids", Object[].class).setParameter("ids", ids).getResultList());
        rows.sort(java.util.Comparator.comparing((Object[] row) -> ((Number) row[0]).longValue())
                .thenComparing(row -> ((Number) row[2]).intValue()));
        for (Object[] row : rows) {
            tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return tags;
    }

    /** The countries that have examples, as codes. */
    public List<String> countriesInUse() {
        return em.createQuery("SELECT DISTINCT e.country FROM PracticeExample e", String.class).getResultList();
    }

    /** Every tag in use, alphabetically. */
    public List<String> tagsInUse() {
        return em.createQuery("SELECT DISTINCT t FROM PracticeExample e JOIN e.tags t", String.class)
                .getResultList().stream().sorted().toList();
    }
}
