package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;

/** A demo report in the moderators' queue: a student asks for a pointer to the payments guidance on a thread. */
@ApplicationScoped
public class ModerationReportDemo implements DemoLoader {

    static final String THREAD_TITLE = "Paying people for their time: vouchers, cash or nothing?";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        Account student = accounts.findByEmail("student@example.org").orElse(null);
        List<Object[]> thread = em.createQuery("SELECT t.id, t.authorId FROM DiscussionThread t WHERE t.title = :title",
                Object[].class).setParameter("title", THREAD_TITLE).setMaxResults(1).getResultList();
        if (student == null || thread.isEmpty()) {
            return;
        }
        long threadId = ((Number) thread.get(0)[0]).longValue();
        boolean exists = !em.createQuery("SELECT r.id FROM ContentReport r WHERE r.reporterId = :me AND r.contentType = "
                        + "'thread' AND r.contentId = :id", Long.class)
                .setParameter("me", student.id()).setParameter("id", threadId).getResultList().isEmpty();
        if (!exists) {
            em.persist(new ContentReport("thread", threadId, ((Number) thread.get(0)[1]).longValue(), student.id(),
                    ReportReason.OTHER, "This thread talks about paying people in cash. Could a moderator add a link to "
                    + "the guidance on participation payments, so that nobody loses a benefit by accident?",
                    Instant.now().minus(Duration.ofHours(3))));
        }
    }
}
