package org.coproduce.portal.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.discussion.PostModeration;
import org.coproduce.portal.moderation.ModerationQueue;
import org.coproduce.portal.moderation.Reports;
import org.coproduce.portal.preferences.LocalDates;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.PageGuard;

/**
 * The moderators' review queue (/moderation/) and urgent safeguarding list (/moderation/urgent): reports and
 * posts waiting for approval, each with its actions in a small form of plain inputs.
 */
@Named
@RequestScoped
public class ModerationQueuePage {

    static final int LIMIT = 100;

    @Inject
    RequestViewer viewer;

    @Inject
    PageGuard pageGuard;

    @Inject
    ModerationQueue queues;

    @Inject
    Reports reports;

    @Inject
    PostModeration posts;

    private ModerationQueue.Queue queue;
    private List<Reports.ReportView> urgent;

    public void requireModerator() {
        ModerationPages.requireModerator(pageGuard, viewer.get());
    }

    public ModerationQueue.Queue getQueue() {
        if (queue == null) {
            queue = queues.of(viewer.get(), LIMIT);
        }
        return queue;
    }

    public List<Reports.ReportView> getUrgent() {
        if (urgent == null) {
            urgent = reports.urgent(viewer.get(), LIMIT);
        }
        return urgent;
    }

    public String approve() {
        return decide(PostModeration.Action.APPROVE);
    }

    public String reject() {
        return decide(PostModeration.Action.REJECT);
    }

    public String hide() {
        return decide(PostModeration.Action.HIDE);
    }

    /** Approve, reject or hide a thread or reply: parameters type, postId and reason. */
    private String decide(PostModeration.Action chosen) {
        String type = ModerationPages.param("type");
        String reason = ModerationPages.param("reason");
        long postId = ModerationPages.id(ModerationPages.param("postId"));
        try {
            posts.decide(viewer.get(), type, postId, chosen, reason);
            if (chosen == PostModeration.Action.HIDE || chosen == PostModeration.Action.REJECT) {
                reports.resolveAllAbout(viewer.get(), type, postId, "Removed: " + reason.strip());
            }
            FacesPages.flashInfo(switch (chosen) {
                case APPROVE -> "The post is approved and published.";
                case REJECT -> "The post is rejected; the author is told why.";
                case HIDE -> "The post is hidden; the author is told why.";
                case RESTORE -> "The post is shown again.";
            });
            FacesPages.redirect(back());
        } catch (Problem problem) {
            ModerationPages.show(problem);
        }
        return null;
    }

    /** Resolve a report: parameters reportId and note. */
    public String resolve() {
        try {
            reports.resolve(viewer.get(), ModerationPages.id(ModerationPages.param("reportId")), ModerationPages.param("note"));
            FacesPages.flashInfo("The report is resolved.");
            FacesPages.redirect(back());
        } catch (Problem problem) {
            ModerationPages.show(problem);
        }
        return null;
    }

    private static String back() {
        return "urgent".equals(ModerationPages.param("from")) ? "/moderation/urgent" : "/moderation/";
    }

    public String waited(long minutes) {
        return ModerationPages.waited(minutes);
    }

    public String when(Instant at) {
        return at == null ? "" : LocalDates.dateTime(at);
    }

    public String reasonLabel(String reason) {
        return FacesPages.text("report.reason." + reason);
    }

    public String typeLabel(String type) {
        return FacesPages.text("report.type." + type);
    }
}
