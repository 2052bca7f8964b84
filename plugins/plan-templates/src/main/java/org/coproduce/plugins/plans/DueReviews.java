package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.notify.Notification;
import org.coproduce.plugin.notify.Notifier;

/**
 * Reminds each plan's team of its review date, once per date, from a week before: the notification says only
 * that a review is due and links to the plan (it holds nothing of the plan's contents).
 */
@ApplicationScoped
public class DueReviews {

    /** How many days before the review date the team hears about it. */
    static final int DAYS_AHEAD = 7;

    @PersistenceContext(unitName = "plans")
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    /** Whether a plan with this review date, last reminded for {@code remindedFor}, should be reminded today. */
    static boolean due(LocalDate reviewDate, LocalDate remindedFor, LocalDate today) {
        return reviewDate != null && !today.isBefore(reviewDate.minusDays(DAYS_AHEAD)) && !reviewDate.equals(remindedFor);
    }

    /**
     * Sends the reminders due today, in one transaction.
     *
     * @return how many plans were reminded
     */
    @Transactional
    public int remind(LocalDate today) {
        List<Plan> candidates = em.createQuery("SELECT DISTINCT p FROM Plan p LEFT JOIN FETCH p.team WHERE p.reviewDate IS NOT NULL "
                + "AND p.reviewDate <= :horizon AND (p.remindedFor IS NULL OR p.remindedFor <> p.reviewDate)", Plan.class)
                .setParameter("horizon", today.plusDays(DAYS_AHEAD)).getResultList();
        int reminded = 0;
        for (Plan plan : candidates) {
            LocalDate date = plan.reviewDate().orElse(null);
            if (!due(date, plan.remindedFor().orElse(null), today)) {
                continue;
            }
            List<Long> people = new ArrayList<>();
            people.add(plan.participantId());
            plan.activeTeam().forEach(m -> people.add(m.accountId()));
            for (long person : people) {
                notifier.send(new Notification(person, "plan.review-due", "A plan review is coming up",
                        "The plan \"" + plan.templateTitle() + "\" you are part of is due for review on " + date
                                + ". Have a look at it together before then: is it still what the person it is for wants?",
                        PlanPaths.plan(plan.id())));
            }
            plan.reminded(date);
            audit.record("plan.review-reminder-sent", Plans.SUBJECT, String.valueOf(plan.id()),
                    "Review on " + date + "; " + people.size() + " team members told.");
            reminded++;
        }
        return reminded;
    }
}
