package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;

/** Demo mode only: Sam's support plan, with Priya the practitioner on the team and a few entries from both. */
@ApplicationScoped
public class DemoPlan {

    private static final Logger LOG = Logger.getLogger(DemoPlan.class.getName());

    @PersistenceContext(unitName = "plans")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    void addIfMissing(PlanTemplate template) {
        Optional<Member> sam = members.byEmail(ShippedTemplates.DEMO_PARTICIPANT);
        Optional<Member> priya = members.byEmail(ShippedTemplates.DEMO_PRACTITIONER);
        if (sam.isEmpty() || priya.isEmpty()) {
            LOG.info("Plan templates: the demo accounts are missing, so no demo plan was added.");
            return;
        }
        long existing = em.createQuery("SELECT COUNT(p) FROM Plan p WHERE p.participantId = :p AND p.templateId = :t", Long.class)
                .setParameter("p", sam.get().id()).setParameter("t", template.id()).getSingleResult();
        if (existing > 0) {
            return;
        }
        TemplateVersion version = em.createQuery("SELECT v FROM TemplateVersion v WHERE v.template = :t AND v.publishedAt IS NOT NULL "
                + "ORDER BY v.number DESC", TemplateVersion.class).setParameter("t", template).setMaxResults(1).getSingleResult();
        OffsetDateTime now = Templates.now();
        long samId = sam.get().id();
        long priyaId = priya.get().id();
        Plan plan = new Plan(version, samId, priyaId, now);
        plan.add(priyaId, "Social worker", priyaId, now);
        plan.review(LocalDate.now().plusMonths(3));
        em.persist(plan);
        em.flush();
        Map<SectionKind, PlanSection> byKind = new java.util.EnumMap<>(SectionKind.class);
        plan.sections().forEach(s -> byKind.putIfAbsent(s.kind(), s));
        write(plan, byKind.get(SectionKind.FREE_TEXT), samId, now, new EntryInput(
                "A good day is when I get out to the allotment in the morning and nobody talks about me as if I am not in the room.",
                null, null, null));
        write(plan, byKind.get(SectionKind.STRENGTHS), samId, now, new EntryInput(
                "I grow vegetables and I give most of them away. I am good at fixing bikes.", null, null, null));
        write(plan, byKind.get(SectionKind.STRENGTHS), priyaId, now, new EntryInput(
                "Sam knows the local area and its people very well and is often the first to help a neighbour.", null, null, null));
        write(plan, byKind.get(SectionKind.NEEDS), samId, now, new EntryInput(
                "Help with letters from the council and the bank: they make me anxious and I leave them unopened.",
                SupportStatus.PLANNED, null, null));
        write(plan, byKind.get(SectionKind.NEEDS), samId, now, new EntryInput(
                "Getting to my hospital appointments now that the bus route has changed.", SupportStatus.MISSING, null, null));
        write(plan, byKind.get(SectionKind.SUPPORTS), priyaId, now, new EntryInput(
                "Going through post together and replying to anything urgent.", null, "Community advice worker",
                "Tuesday mornings, from next month"));
        em.persist(new PlanChange(plan.id(), now, priyaId, "Started the plan from the template \"" + template.title()
                + "\" (version " + version.number() + ").", null));
        audit.record("plan.started", Plans.SUBJECT, String.valueOf(plan.id()), "Demo content.");
        LOG.info("Plan templates: demo plan added for " + ShippedTemplates.DEMO_PARTICIPANT + ".");
    }

    private void write(Plan plan, PlanSection section, long author, OffsetDateTime now, EntryInput input) {
        PlanEntry entry = new PlanEntry(section, author, author == plan.participantId(), input, now);
        section.entries().add(entry);
        em.persist(entry);
        em.persist(new PlanChange(plan.id(), now, author, "Wrote in \"" + section.heading() + "\".", entry.describe()));
    }
}
