package org.coproduce.portal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coproduce.portal.demo.DemoLoader;

/**
 * Links demo practice examples to the demo guidance and public demo discussions, found by reference number and
 * by title. Runs after the examples, guidance and discussions are loaded; a link that is there already, or whose
 * example, document or thread is missing, is left alone.
 */
@ApplicationScoped
public class PracticeLinksDemo implements DemoLoader {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    PracticeExamples examples;

    private record Links(String reference, List<String> guidanceTitles, List<String> threadTitles) {
    }

    private static final List<Links> LINKS = List.of(
            new Links("GB-12", List.of("Recognising and paying people for their time",
                    "Running meetings that everyone can take part in"),
                    List.of("Paying people for their time: vouchers, cash or nothing?")),
            new Links("NZ-3", List.of("Planning care and support together"),
                    List.of("How do you make a care review feel like a conversation, not an inspection?")),
            new Links("NL-7", List.of("Recognising and paying people for their time"),
                    List.of("Paying people for their time: vouchers, cash or nothing?")),
            new Links("GB-31", List.of("Running meetings that everyone can take part in"), List.of()));

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void load() {
        for (Links links : LINKS) {
            Optional<Long> example = em.createQuery("SELECT e.id FROM PracticeExample e WHERE e.referenceNumber = :r",
                    Long.class).setParameter("r", links.reference()).getResultStream().findFirst();
            if (example.isEmpty()) {
                continue;
            }
            List<Long> guidance = links.guidanceTitles().isEmpty() ? List.of()
                    : em.createQuery("SELECT v.documentId FROM GuidanceVersion v WHERE v.latest = TRUE "
                    + "AND v.title IN :titles", Long.class).setParameter("titles", links.guidanceTitles()).getResultList();
            List<Long> threads = links.threadTitles().isEmpty() ? List.of()
                    : em.createQuery("SELECT t.id FROM DiscussionThread t, Category c WHERE c.id = t.categoryId "
                    + "AND c.membersOnly = FALSE AND t.title IN :titles", Long.class)
                    .setParameter("titles", links.threadTitles()).getResultList();
            examples.link(example.get(), guidance, threads);
        }
    }
}
