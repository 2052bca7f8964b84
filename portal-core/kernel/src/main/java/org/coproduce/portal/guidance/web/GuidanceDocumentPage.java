package org.coproduce.portal.guidance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.guidance.DraftView;
import org.coproduce.portal.guidance.GuidanceDrafts;
import org.coproduce.portal.guidance.GuidanceLibrary;
import org.coproduce.portal.guidance.GuidanceView;
import org.coproduce.portal.web.FacesPages;

/** {@code /guidance/document?id=N[&version=V]}: one version of a guidance document, for everyone. */
@Named
@RequestScoped
public class GuidanceDocumentPage {


    @Inject
    GuidanceLibrary library;

    @Inject
    GuidanceDrafts drafts;

    @Inject
    CurrentViewer viewer;

    private GuidanceView document;

    /** View action: loads the document, or answers 404. */
    public void load() {
        Long id = GuidancePages.longParameter("id");
        Long version = GuidancePages.longParameter("version");
        if (id == null || (version != null && (version < 1 || version > Integer.MAX_VALUE))) {
            GuidancePages.sendError(404, "There is no such guidance document.");
            return;
        }
        try {
            document = library.read(id, Optional.ofNullable(version).map(Long::intValue));
        } catch (Problem problem) {
            GuidancePages.sendError(404, problem.getMessage());
        }
    }

    /** Moderators: a new draft from the latest version, to publish as the next version. */
    public String startNewVersion() {
        if (!GuidancePages.requireModerator(viewer.get())) {
            return null;
        }
        Long id = GuidancePages.longParameter("id");
        try {
            DraftView draft = drafts.startNewVersion(viewer.get().accountId().orElseThrow(), id == null ? -1 : id);
            FacesPages.flashInfo("Here is a draft of the next version. Change what you need, then publish it.");
            FacesPages.redirect("/guidance/draft?id=" + draft.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "newVersion");
        }
        return null;
    }

    public GuidanceView getDocument() {
        return document;
    }

    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    public String date(java.time.Instant instant) {
        return instant == null ? "" : org.coproduce.portal.preferences.LocalDates.date(instant);
    }

    public boolean isModerator() {
        return viewer.get().has(PortalRole.MODERATOR);
    }

    public String versionLink(int number) {
        return FacesPages.request().getContextPath() + "/guidance/document?id=" + document.id() + "&version=" + number;
    }

    public String latestLink() {
        return FacesPages.request().getContextPath() + "/guidance/document?id=" + document.id();
    }

    public String tagLink(String tag) {
        return FacesPages.request().getContextPath() + "/guidance?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }
}
