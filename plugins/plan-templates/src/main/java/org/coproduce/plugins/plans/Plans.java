package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugin.notify.Notification;
import org.coproduce.plugin.notify.Notifier;

/**
 * Plans: started from a published template for a participant, written by the team the participant chooses, owned
 * by the participant. Every read is for the team only, and every view and change goes to the audit trail; every
 * change is also kept in the plan's own history, which the team can read.
 */
@ApplicationScoped
public class Plans {

    static final String SUBJECT = "plan";

    @PersistenceContext(unitName = "plans")
    EntityManager em;

    @Inject
    Templates templates;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    /** The request to start a plan: a template and the participant's email (empty for oneself). */
    public record StartRequest(Long templateId, String participantEmail, String relationship) {
    }

    /** The request to add someone to the team. */
    public record TeamRequest(String email, String relationship) {
    }

    /** The participant's answer to "do you feel heard?". */
    public record VoiceRequest(String feelsHeard, String note) {
    }

    /** A review date, as {@code yyyy-mm-dd}, or empty to have none. */
    public record ReviewRequest(String reviewDate) {
    }

    // ---------------------------------------------------------------- starting and reading

    @Transactional
    public long start(Viewer viewer, StartRequest request) {
        PlanPrivacy.requireVerified(viewer);
        if (request == null || request.templateId() == null) {
            throw Problem.invalid(Map.of("templateId", "Please choose the template to start the plan from."));
        }
        long me = viewer.accountId().orElseThrow();
        String email = Texts.trimmed(request.participantEmail());
        long participant = me;
        if (!email.isEmpty()) {
            participant = members.byEmail(email).filter(Member::verified).map(Member::id).orElseThrow(() -> Problem.invalid(
                    Map.of("participantEmail", "Nobody in the network has confirmed the email address " + Texts.shortened(email)
                            + ": please check it, or ask the person to join first.")));
        }
        String relationship = Texts.trimmed(request.relationship());
        if (relationship.length() > 100) {
            throw Problem.invalid(Map.of("relationship", "Please describe your part in the plan in 100 characters or fewer."));
        }
        TemplateVersion version = templates.newestPublished(request.templateId());
        OffsetDateTime now = Templates.now();
        Plan plan = new Plan(version, participant, me, now);
        if (participant != me) {
            plan.add(me, relationship.isEmpty() ? "Started this plan" : relationship, me, now);
        }
        em.persist(plan);
        em.flush();
        history(plan, me, "Started the plan from the template \"" + version.template().title() + "\" (version "
                + version.number() + ").", null);
        audit.record("plan.started", SUBJECT, String.valueOf(plan.id()), "From template " + version.template().id()
                + " version " + version.number() + ".");
        if (participant != me) {
            notifier.send(new Notification(participant, "plan.started", "A plan has been started with you",
                    viewer.displayName() + " has started a plan with you from the template \"" + version.template().title()
                            + "\". It is your plan: you decide who is on its team, and you can sign it off when it says what you want it to say.",
                    PlanPaths.plan(plan.id())));
        }
        return plan.id();
    }

    /** The viewer's plans (as participant or team member), newest change first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Views.PlanSummary> mine(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        long me = viewer.accountId().get();
        List<Plan> plans = em.createQuery("SELECT p FROM Plan p WHERE p.participantId = :me OR EXISTS (SELECT m FROM TeamMember m "
                + "WHERE m.plan = p AND m.accountId = :me AND m.removedAt IS NULL) ORDER BY p.updatedAt DESC", Plan.class)
                .setParameter("me", me).getResultList();
        Set<Long> ids = new HashSet<>();
        plans.forEach(p -> ids.add(p.participantId()));
        Map<Long, Member> people = members.byIds(ids);
        return plans.stream().map(p -> new Views.PlanSummary(p.id(), p.templateTitle(), Templates.person(people, p.participantId()),
                p.createdAt().toInstant(), p.updatedAt().toInstant(), p.signedOff(), p.reviewDate().orElse(null))).toList();
    }

    /** For administrators: which plans exist, without what they say or who they are for. */
    @Transactional
    public List<Views.PlanExistence> overview(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!viewer.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can see which plans exist.");
        }
        List<Object[]> rows = em.createQuery("SELECT p.id, p.templateId, p.templateTitle, p.createdAt, "
                + "(SELECT COUNT(m) FROM TeamMember m WHERE m.plan = p AND m.removedAt IS NULL) FROM Plan p ORDER BY p.id",
                Object[].class).getResultList();
        audit.record("plan.overview-viewed", SUBJECT, "all", rows.size() + " plans listed (existence only).");
        return rows.stream().map(r -> new Views.PlanExistence((Long) r[0], (Long) r[1], (String) r[2],
                ((OffsetDateTime) r[3]).toInstant(), 1 + ((Number) r[4]).intValue())).toList();
    }

    /** The whole plan, for its team; the view is audited. */
    @Transactional
    public Views.PlanView view(Viewer viewer, long id) {
        Plan plan = forTeam(viewer, id);
        audit.record("plan.viewed", SUBJECT, String.valueOf(id), "");
        return PlanViews.of(plan, sectionsOf(plan), people(plan), viewer.accountId().get());
    }

    /**
     * The plan for a page's form post to find the form that was sent (not shown, so not audited as a view; the
     * change it carries is audited, and the page shown afterwards is).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Views.PlanView forFormPost(Viewer viewer, long id) {
        Plan plan = forTeam(viewer, id);
        return PlanViews.of(plan, sectionsOf(plan), people(plan), viewer.accountId().get());
    }

    /** Every change to the plan, oldest first, for its team; reading it is audited. */
    @Transactional
    public List<Views.Change> history(Viewer viewer, long id) {
        Plan plan = forTeam(viewer, id);
        List<PlanChange> changes = em.createQuery("SELECT c FROM PlanChange c WHERE c.planId = :id ORDER BY c.id", PlanChange.class)
                .setParameter("id", id).getResultList();
        Set<Long> ids = new HashSet<>();
        changes.forEach(c -> {
            if (c.actorId() != null) {
                ids.add(c.actorId());
            }
        });
        Map<Long, Member> people = members.byIds(ids);
        audit.record("plan.history-viewed", SUBJECT, String.valueOf(plan.id()), "");
        return changes.stream().map(c -> new Views.Change(c.id(), c.at().toInstant(),
                c.actorId() == null ? new Views.Person(0, "Coproduce") : Templates.person(people, c.actorId()),
                c.summary(), c.body())).toList();
    }

    /**
     * Who has read or changed the plan, from the audit trail: for the person the plan is for, and for administrators
     * (the entries name actions and people, never the plan's contents).
     */
    @Transactional
    public List<Views.AuditLine> auditLog(Viewer viewer, long id) {
        Plan plan = em.find(Plan.class, id);
        boolean onTeam = plan != null && viewer.signedIn() && plan.onTeam(viewer.accountId().get());
        boolean participant = onTeam && viewer.accountId().get() == plan.participantId();
        boolean admin = viewer.has(PortalRole.ADMIN);
        if (plan == null) {
            PlanPrivacy.requireSignedIn(viewer);
            throw Problem.notFound(PlanPrivacy.NOT_FOUND);
        }
        if (!participant && !admin) {
            PlanPrivacy.requireTeam(viewer, onTeam);
            throw new Problem(Problem.Kind.FORBIDDEN, "participant_only",
                    "Only the person the plan is for can read who has looked at it.");
        }
        List<Views.AuditLine> lines = audit.about(SUBJECT, String.valueOf(id)).stream()
                .map(e -> new Views.AuditLine(e.at(), e.actorName(), e.action(), e.detail())).toList();
        audit.record("plan.audit-viewed", SUBJECT, String.valueOf(id), "");
        return lines;
    }

    // ---------------------------------------------------------------- the team

    @Transactional
    public void addToTeam(Viewer viewer, long id, TeamRequest request) {
        Plan plan = forParticipant(viewer, id, "Only the person the plan is for decides who is on its team.");
        String email = Texts.trimmed(request == null ? null : request.email());
        String relationship = Texts.trimmed(request == null ? null : request.relationship());
        if (email.isEmpty()) {
            throw Problem.invalid(Map.of("email", "Please give the email address of the person to add."));
        }
        if (relationship.isEmpty() || relationship.length() > 100) {
            throw Problem.invalid(Map.of("relationship",
                    "Please say in 1 to 100 characters who they are to you, for example \"social worker\" or \"my sister\"."));
        }
        Member member = members.byEmail(email).filter(Member::verified).orElseThrow(() -> Problem.invalid(Map.of("email",
                "Nobody in the network has confirmed the email address " + Texts.shortened(email)
                        + ": please check it, or ask them to join first.")));
        if (plan.onTeam(member.id())) {
            throw new Problem(Problem.Kind.CONFLICT, "already_on_team", member.displayName() + " is already on the team.");
        }
        long me = viewer.accountId().get();
        OffsetDateTime now = Templates.now();
        plan.add(member.id(), relationship, me, now);
        changed(plan, me, "Added " + member.displayName() + " (" + relationship + ") to the team.", null, now);
        audit.record("plan.team-added", SUBJECT, String.valueOf(id), "Member " + member.id() + " added.");
        notifier.send(new Notification(member.id(), "plan.team-added", "You have been added to a plan's team",
                viewer.displayName() + " has asked you to join the team of their plan, as " + relationship
                        + ". You can now read the plan and write in it.", PlanPaths.plan(id)));
    }

    @Transactional
    public void removeFromTeam(Viewer viewer, long id, long accountId) {
        Plan plan = forParticipant(viewer, id, "Only the person the plan is for decides who is on its team.");
        if (accountId == plan.participantId()) {
            throw Problem.invalid(Map.of("accountId", "The person the plan is for always stays on its team."));
        }
        TeamMember member = plan.activeMember(accountId).orElseThrow(
                () -> Problem.notFound("This person is not on the plan's team."));
        OffsetDateTime now = Templates.now();
        member.remove(now);
        String name = Templates.person(members.byIds(List.of(accountId)), accountId).displayName();
        changed(plan, viewer.accountId().get(), "Removed " + name + " from the team.", null, now);
        audit.record("plan.team-removed", SUBJECT, String.valueOf(id), "Member " + accountId + " removed.");
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public long addEntry(Viewer viewer, long id, long sectionId, EntryInput.Request request) {
        Plan plan = forTeam(viewer, id);
        PlanSection section = sectionOf(plan, sectionId);
        EntryInput input = EntryInput.from(section.kind(), request);
        long me = viewer.accountId().get();
        OffsetDateTime now = Templates.now();
        PlanEntry entry = new PlanEntry(section, me, me == plan.participantId(), input, now);
        section.entries().add(entry);
        em.persist(entry);
        em.flush();
        changed(plan, me, "Wrote in \"" + section.heading() + "\".", entry.describe(), now);
        audit.record("plan.entry-added", SUBJECT, String.valueOf(id), "Entry " + entry.id() + " in section " + sectionId + ".");
        return entry.id();
    }

    @Transactional
    public void changeEntry(Viewer viewer, long id, long entryId, EntryInput.Request request) {
        Plan plan = forTeam(viewer, id);
        PlanEntry entry = ownEntry(viewer, plan, entryId);
        EntryInput input = EntryInput.from(entry.section().kind(), request);
        OffsetDateTime now = Templates.now();
        String before = entry.describe();
        entry.apply(input, now);
        changed(plan, viewer.accountId().get(), "Changed what they wrote in \"" + entry.section().heading() + "\".",
                "Before:\n" + before + "\n\nAfter:\n" + entry.describe(), now);
        audit.record("plan.entry-changed", SUBJECT, String.valueOf(id), "Entry " + entryId + ".");
    }

    @Transactional
    public void removeEntry(Viewer viewer, long id, long entryId) {
        Plan plan = forTeam(viewer, id);
        PlanEntry entry = ownEntry(viewer, plan, entryId);
        OffsetDateTime now = Templates.now();
        entry.section().entries().remove(entry);
        em.remove(entry);
        changed(plan, viewer.accountId().get(), "Took back what they wrote in \"" + entry.section().heading() + "\".",
                entry.describe(), now);
        audit.record("plan.entry-removed", SUBJECT, String.valueOf(id), "Entry " + entryId + ".");
    }

    // ---------------------------------------------------------------- voice, review, ownership

    @Transactional
    public void recordVoice(Viewer viewer, long id, VoiceRequest request) {
        Plan plan = forParticipant(viewer, id, "Only the person the plan is for says whether they feel heard.");
        FeelsHeard answer = FeelsHeard.fromCode(request == null ? null : request.feelsHeard()).orElseThrow(() -> Problem.invalid(
                Map.of("feelsHeard", "Please answer yes, partly or no.")));
        String note = Texts.trimmed(request.note());
        if (note.length() > 2000) {
            throw Problem.invalid(Map.of("note", "Please keep your note to 2,000 characters."));
        }
        OffsetDateTime now = Templates.now();
        plan.recordVoice(answer, note.isEmpty() ? null : note, now);
        history(plan, viewer.accountId().get(), "Said whether they feel heard: " + answer.label() + ".", note.isEmpty() ? null : note);
        audit.record("plan.voice-recorded", SUBJECT, String.valueOf(id), answer.code());
    }

    @Transactional
    public void setReviewDate(Viewer viewer, long id, ReviewRequest request) {
        Plan plan = forTeam(viewer, id);
        String text = Texts.trimmed(request == null ? null : request.reviewDate());
        LocalDate date = null;
        if (!text.isEmpty()) {
            try {
                date = LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                throw Problem.invalid(Map.of("reviewDate", "Please give the review date as year-month-day, for example 2027-03-31."));
            }
            if (date.isBefore(LocalDate.now())) {
                throw Problem.invalid(Map.of("reviewDate", "Please choose a review date that is today or later."));
            }
        }
        plan.review(date);
        changed(plan, viewer.accountId().get(), date == null ? "Removed the review date." : "Set the review date to " + date + ".",
                null, Templates.now());
        audit.record("plan.review-date-set", SUBJECT, String.valueOf(id), date == null ? "none" : date.toString());
    }

    @Transactional
    public void signOff(Viewer viewer, long id) {
        Plan plan = forParticipant(viewer, id, "Only the person the plan is for can sign it off.");
        if (plan.signedOff()) {
            throw new Problem(Problem.Kind.CONFLICT, "already_signed_off", "You have already signed off the plan as it stands.");
        }
        plan.signOff(Templates.now());
        history(plan, viewer.accountId().get(), "Signed off the plan: it says what they want it to say.", null);
        audit.record("plan.signed-off", SUBJECT, String.valueOf(id), "");
    }

    /** The plan for the PDF and print views: audited as an export. */
    @Transactional
    public Views.PlanView export(Viewer viewer, long id, String how) {
        Plan plan = forTeam(viewer, id);
        audit.record("plan.exported", SUBJECT, String.valueOf(id), how);
        return PlanViews.of(plan, sectionsOf(plan), people(plan), viewer.accountId().get());
    }

    // ---------------------------------------------------------------- helpers

    private Plan forTeam(Viewer viewer, long id) {
        Plan plan = em.find(Plan.class, id);
        if (plan == null) {
            PlanPrivacy.requireSignedIn(viewer);
            throw Problem.notFound(PlanPrivacy.NOT_FOUND);
        }
        PlanPrivacy.requireTeam(viewer, viewer.signedIn() && plan.onTeam(viewer.accountId().get()));
        return plan;
    }

    private Plan forParticipant(Viewer viewer, long id, String refusal) {
        Plan plan = forTeam(viewer, id);
        if (viewer.accountId().get() != plan.participantId()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "participant_only", refusal);
        }
        return plan;
    }

    private PlanSection sectionOf(Plan plan, long sectionId) {
        PlanSection section = em.find(PlanSection.class, sectionId);
        if (section == null || section.plan().id() != plan.id()) {
            throw Problem.notFound("This plan has no such section.");
        }
        return section;
    }

    private PlanEntry ownEntry(Viewer viewer, Plan plan, long entryId) {
        PlanEntry entry = em.find(PlanEntry.class, entryId);
        if (entry == null || entry.section().plan().id() != plan.id()) {
            throw Problem.notFound("This plan has no such entry.");
        }
        if (entry.authorId() != viewer.accountId().get()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_author",
                    "Only the person who wrote this can change it: write your own entry instead.");
        }
        return entry;
    }

    private List<PlanSection> sectionsOf(Plan plan) {
        return em.createQuery("SELECT DISTINCT s FROM PlanSection s LEFT JOIN FETCH s.entries WHERE s.plan = :plan",
                PlanSection.class).setParameter("plan", plan).getResultList().stream()
                .sorted(java.util.Comparator.comparingInt(PlanSection::position)).toList();
    }

    private Map<Long, Member> people(Plan plan) {
        Set<Long> ids = new HashSet<>();
        ids.add(plan.participantId());
        plan.activeTeam().forEach(m -> ids.add(m.accountId()));
        List<Long> authors = em.createQuery("SELECT DISTINCT e.authorId FROM PlanEntry e WHERE e.section.plan = :plan", Long.class)
                .setParameter("plan", plan).getResultList();
        ids.addAll(authors);
        return members.byIds(new ArrayList<>(ids));
    }

    /** A change to the plan's content or team: kept in the history, and it clears the sign-off. */
    private void changed(Plan plan, long actor, String summary, String body, OffsetDateTime now) {
        boolean cleared = plan.changed(now);
        history(plan, actor, summary, body);
        if (cleared) {
            history(plan, null, "The sign-off was cleared because the plan changed; it needs signing off again.", null);
            audit.record("plan.sign-off-cleared", SUBJECT, String.valueOf(plan.id()), summary);
        }
    }

    private void history(Plan plan, Long actor, String summary, String body) {
        em.persist(new PlanChange(plan.id(), Templates.now(), actor, summary, body));
    }
}
