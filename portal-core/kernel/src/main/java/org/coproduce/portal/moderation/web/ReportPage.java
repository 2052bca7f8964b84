package org.coproduce.portal.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.moderation.ReportReason;
import org.coproduce.portal.moderation.ReportedContent;
import org.coproduce.portal.moderation.Reports;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.PageGuard;

/** The "Report" form for a thread, reply, story, response or practice example: /report?type=thread&amp;id=5. */
@Named
@RequestScoped
public class ReportPage {

    @Inject
    RequestViewer viewer;

    @Inject
    PageGuard pageGuard;

    @Inject
    Reports reports;

    @Inject
    ReportedContent content;

    private String type;
    private String id;
    private String reason;
    private String text;
    private ReportedContent.Item item;

    /** View action: members only; unknown content answers 404. */
    public void load() {
        pageGuard.requireMember();
        if (!viewer.get().signedIn()) {
            return;
        }
        if (type == null || !ReportedContent.TYPES.contains(type) || ModerationPages.id(id) < 0) {
            notFound();
            return;
        }
        item = content.find(type, ModerationPages.id(id));
        if (item == null || (item.waiting() && item.authorId() != viewer.get().accountId().orElseThrow())) {
            notFound();
        }
    }

    private static void notFound() {
        try {
            FacesPages.faces().getExternalContext().responseSendError(404, "There is nothing to report with this number.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesPages.faces().responseComplete();
    }

    public String send() {
        try {
            getItem();
            reports.file(viewer.get(), type, ModerationPages.id(id) < 0 ? null : ModerationPages.id(id), reason, text);
            FacesPages.flashInfo(ReportReason.SAFEGUARDING.word().equals(reason)
                    ? "Thank you. Your safeguarding concern went straight to the safeguarding leads."
                    : "Thank you. The moderators will look at your report.");
            FacesPages.redirect(item == null ? "/" : item.path());
        } catch (Problem problem) {
            FacesPages.show(problem, "report");
        }
        return null;
    }

    public List<String> getReasons() {
        return java.util.Arrays.stream(ReportReason.values()).map(ReportReason::word).toList();
    }

    /** The kind of content in words ("Thread", "Reply"...). */
    public String getTypeLabel() {
        getItem();
        return FacesPages.text("report.type." + type);
    }

    /** What is reported: on a form post too (the view action runs on the first request only). */
    public ReportedContent.Item getItem() {
        if (item == null && viewer.get().signedIn()) {
            String t = type != null ? type : ModerationPages.param("type");
            long number = ModerationPages.id(id != null ? id : ModerationPages.param("id"));
            if (t != null && ReportedContent.TYPES.contains(t) && number >= 0) {
                ReportedContent.Item found = content.find(t, number);
                if (found != null && (!found.waiting() || found.authorId() == viewer.get().accountId().orElseThrow())) {
                    item = found;
                    type = t;
                    id = String.valueOf(number);
                }
            }
        }
        return item;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
