package org.coproduce.portal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.common.PageOf;

/** The register of practice examples: adding, finding by id, listing with filters. Everyone may read it. */
@ApplicationScoped
public class PracticeExamples {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

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
        PracticeExample example = new PracticeExample(author, values, Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(example);
        em.flush();
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
