package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.Contributors;
import org.coproduce.portal.mail.MailOutbox;

/**
 * Reports about content. Ordinary reports go to the moderators' queue; safeguarding concerns skip it: they go to
 * the urgent list and are mailed at once to every safeguarding lead. Nobody sees reports about their own content,
 * and no report is ever shown to the author of what it is about.
 */
@ApplicationScoped
public class Reports {

    public static final int TEXT_MAX = 2000;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    ReportedContent content;

    @Inject
    Standings standings;

    @Inject
    MailOutbox mail;

    @Inject
    ModerationAudit audit;

    @Inject
    AccountSettings settings;

    /** A report as moderators see it, with the content it is about and how long it has waited. */
    public record ReportView(long id, String contentType, long contentId, String reason, String text, String reporterName,
            Instant createdAt, long waitingMinutes, String contentTitle, String contentExcerpt, String contentPath,
            String authorName, boolean contentShown) {
    }

    /** A member reports content they can see. */
    @Transactional
    public ContentReport file(Viewer viewer, String contentType, Long contentId, String reason, String text) {
        long reporter = Contributors.requireVerifiedMember(viewer);
        Texts check = new Texts();
        String type = contentType == null ? null : contentType.strip().toLowerCase(java.util.Locale.ROOT);
        if (type == null || !ReportedContent.TYPES.contains(type)) {
            check.problem("contentType", "Please say what you report: a thread, reply, story, response or practice example.");
        }
        if (contentId == null) {
            check.problem("contentId", "Please give the number of what you report.");
        }
        ReportReason why = ReportReason.parse(reason);
        if (why == null) {
            check.problem("reason", "Please choose a reason: spam, abuse, personal information, safeguarding or other.");
        }
        String words = text == null || text.isBlank() ? null : text.strip();
        if (why == ReportReason.OTHER && words == null) {
            check.problem("text", "Please tell us what is wrong.");
        }
        if (words != null && words.length() > TEXT_MAX) {
            check.problem("text", "Please keep it to " + TEXT_MAX + " characters (it has " + words.length() + ").");
        }
        check.throwIfAny();
        ReportedContent.Item item = content.find(type, contentId);
        if (item == null || (item.membersOnly() && !viewer.signedIn())
                || (item.waiting() && item.authorId() != reporter && !viewer.has(PortalRole.MODERATOR))) {
            throw Problem.notFound("There is nothing to report with this number. Please check the link.");
        }
        if (!item.shown()) {
            throw new Problem(Problem.Kind.GONE, "already_removed",
                    "This has already been removed, so there is nothing left to report.");
        }
        boolean again = !em.createQuery("SELECT r.id FROM ContentReport r WHERE r.contentType = :t AND r.contentId = :c "
                        + "AND r.reporterId = :me AND r.resolvedAt IS NULL", Long.class)
                .setParameter("t", type).setParameter("c", contentId).setParameter("me", reporter)
                .setMaxResults(1).getResultList().isEmpty();
        if (again) {
            throw new Problem(Problem.Kind.CONFLICT, "already_reported",
                    "You have already reported this. The moderators will look at it soon.");
        }
        ContentReport report = new ContentReport(type, contentId, item.authorId(), reporter, why, words, Instant.now());
        em.persist(report);
        em.flush();
        if (why == ReportReason.SAFEGUARDING) {
            tellLeads(report, item, viewer.displayName());
        }
        return report;
    }

    private void tellLeads(ContentReport report, ReportedContent.Item item, String reporterName) {
        String base = settings.baseUrl().replaceAll("/+$", "");
        String body = "A safeguarding concern was reported on Coproduce and is waiting for you.\n\n"
                + "What: " + label(item.type()) + " \"" + item.title() + "\" by " + item.authorName() + "\n"
                + "Where: " + base + item.path() + "\n"
                + "Reported by: " + reporterName + "\n"
                + "Their words: " + (report.text() == null ? "(none)" : report.text()) + "\n\n"
                + "The urgent list: " + base + "/moderation/urgent\n\n"
                + "You get this because an administrator named you a safeguarding lead.";
        for (String lead : leadsOtherThan(item.authorId())) {
            mail.enqueue(lead, "Safeguarding concern: please look now (report " + report.id() + ")", body);
        }
    }

    private List<String> leadsOtherThan(long authorId) {
        return em.createQuery("SELECT a.email FROM Account a, MemberStanding s WHERE s.accountId = a.id "
                + "AND s.safeguardingLead = TRUE AND a.id <> :author ORDER BY a.id", String.class)
                .setParameter("author", authorId).getResultList();
    }

    /** Open ordinary reports (not safeguarding), oldest first, never those about the viewer's own content. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> queue(Viewer moderator, int limit) {
        Standings.requireModerator(moderator);
        return open(moderator, false, limit);
    }

    /** Open safeguarding concerns, oldest first, with how long each has waited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> urgent(Viewer moderator, int limit) {
        Standings.requireModerator(moderator);
        return open(moderator, true, limit);
    }

    private List<ReportView> open(Viewer moderator, boolean safeguarding, int limit) {
        long me = moderator.accountId().orElseThrow();
        List<ContentReport> reports = em.createQuery("SELECT r FROM ContentReport r WHERE r.resolvedAt IS NULL AND r.reason "
                        + (safeguarding ? "=" : "<>") + " 'safeguarding' AND (r.authorId IS NULL OR r.authorId <> :me) "
                        + "ORDER BY r.createdAt, r.id", ContentReport.class)
                .setParameter("me", me).setMaxResults(limit).getResultList();
        return views(reports);
    }

    private List<ReportView> views(List<ContentReport> reports) {
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        reports.forEach(r -> byType.computeIfAbsent(r.contentType(), t -> new ArrayList<>()).add(r.contentId()));
        Map<String, Map<Long, ReportedContent.Item>> items = new HashMap<>();
        byType.forEach((type, ids) -> items.put(type, content.find(type, ids)));
        Map<Long, String> names = new HashMap<>();
        if (!reports.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", reports.stream().map(ContentReport::reporterId).distinct().toList())
                    .getResultList().forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        Instant now = Instant.now();
        return reports.stream().map(r -> {
            ReportedContent.Item item = items.getOrDefault(r.contentType(), Map.of()).get(r.contentId());
            return new ReportView(r.id(), r.contentType(), r.contentId(), r.reason().word(), r.text(),
                    names.get(r.reporterId()), r.createdAt(), Duration.between(r.createdAt(), now).toMinutes(),
                    item == null ? "(gone)" : item.title(), item == null ? "" : item.excerpt(),
                    item == null ? null : item.path(), item == null ? null : item.authorName(),
                    item != null && item.shown());
        }).toList();
    }

    /** A moderator resolves a report with a note (what was done, or why nothing was). */
    @Transactional
    public ReportView resolve(Viewer moderator, long reportId, String note) {
        Standings.requireModerator(moderator);
        long me = moderator.accountId().orElseThrow();
        Texts check = new Texts();
        if (note == null || note.isBlank()) {
            check.problem("note", "Please say what you did about the report.");
        } else if (note.length() > Standings.REASON_MAX) {
            check.problem("note", "The note can be at most " + Standings.REASON_MAX + " characters long.");
        }
        check.throwIfAny();
        ContentReport report = em.find(ContentReport.class, reportId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (report == null || (report.authorId() != null && report.authorId() == me)) {
            throw Problem.notFound("There is no such report.");
        }
        if (report.resolvedAt() != null) {
            throw new Problem(Problem.Kind.CONFLICT, "already_resolved", "This report is already resolved.");
        }
        report.resolve(me, Instant.now(), note.strip());
        em.flush();
        audit.record(moderator, "report.resolve", "report", reportId, note,
                "open " + report.reason().word() + " report on " + report.contentType() + " " + report.contentId(),
                "resolved");
        return views(List.of(report)).get(0);
    }

    /** Resolves every open report about one piece of content (after a moderator removed or cleared it). */
    @Transactional
    public int resolveAllAbout(Viewer moderator, String contentType, long contentId, String note) {
        Standings.requireModerator(moderator);
        List<ContentReport> open = em.createQuery("SELECT r FROM ContentReport r WHERE r.contentType = :t "
                        + "AND r.contentId = :c AND r.resolvedAt IS NULL", ContentReport.class)
                .setParameter("t", contentType).setParameter("c", contentId).getResultList();
        Instant now = Instant.now();
        for (ContentReport report : open) {
            report.resolve(moderator.accountId().orElseThrow(), now, note);
            audit.record(moderator, "report.resolve", "report", report.id(), note, "open", "resolved");
        }
        return open.size();
    }

    static String label(String type) {
        return switch (type) {
            case "thread" -> "Thread";
            case "reply" -> "Reply";
            case "story" -> "Story";
            case "response" -> "Response to a story";
            default -> "Practice example";
        };
    }
}
