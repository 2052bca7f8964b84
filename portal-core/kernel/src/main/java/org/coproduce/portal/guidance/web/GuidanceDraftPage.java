package org.coproduce.portal.guidance.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.guidance.DraftView;
import org.coproduce.portal.guidance.GuidanceContent;
import org.coproduce.portal.guidance.GuidanceDrafts;
import org.coproduce.portal.guidance.GuidanceLibrary;
import org.coproduce.portal.guidance.GuidanceSummary;
import org.coproduce.portal.guidance.GuidanceView;
import org.coproduce.portal.guidance.Section;
import org.coproduce.portal.web.FacesPages;

/**
 * {@code /guidance/draft?id=N}: the preview of a draft as it will be published, and a form to change its
 * title, summary, sections, key messages, references, tags and the document it becomes a version of; then
 * publish it. Moderators only. The form sends the draft id with every post, so the sections are rebuilt
 * before the typed values are applied.
 */
@Named
@RequestScoped
public class GuidanceDraftPage {

    @Inject
    GuidanceDrafts drafts;

    @Inject
    GuidanceLibrary library;

    @Inject
    CurrentViewer viewer;

    private DraftView draft;
    private String title;
    private String summary;
    private List<EditableSection> sections;
    private String keyMessages;
    private String references;
    private String tags;
    private Long documentId;
    private List<GuidanceSummary> documents;

    @PostConstruct
    void load() {
        Long id = GuidancePages.longParameter("id");
        if (id == null || !viewer.get().has(PortalRole.MODERATOR)) {
            return;
        }
        try {
            draft = drafts.find(id);
        } catch (Problem notFound) {
            return;
        }
        title = draft.title();
        summary = draft.summary();
        sections = new ArrayList<>();
        draft.sections().forEach(s -> sections.add(new EditableSection(s.heading(), s.body())));
        sections.add(new EditableSection());
        keyMessages = String.join("\n", draft.keyMessages());
        references = DraftLines.referencesText(draft.references());
        tags = String.join(", ", draft.tags());
        documentId = draft.documentId();
    }

    /** View action: moderators only; 404 for a draft that does not exist. */
    public void guard() {
        if (GuidancePages.requireModerator(viewer.get()) && draft == null) {
            GuidancePages.sendError(404, "There is no such guidance draft.");
        }
    }

    public String save() {
        if (!GuidancePages.requireModerator(viewer.get()) || draft == null) {
            return null;
        }
        try {
            draft = drafts.update(draft.id(), documentId, content());
            FacesPages.flashInfo("Your changes to the draft have been saved.");
            FacesPages.redirect("/guidance/draft?id=" + draft.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "draft");
        }
        return null;
    }

    public String publish() {
        if (!GuidancePages.requireModerator(viewer.get()) || draft == null) {
            return null;
        }
        try {
            drafts.update(draft.id(), documentId, content());
            GuidanceView published = drafts.publish(draft.id(), documentId, viewer.get().accountId().orElseThrow());
            FacesPages.flashInfo(published.version() == 1 ? "The guidance is published."
                    : "Version " + published.version() + " of the guidance is published; earlier versions stay readable.");
            FacesPages.redirect("/guidance/document?id=" + published.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "draft");
        }
        return null;
    }

    private GuidanceContent content() {
        List<Section> kept = new ArrayList<>();
        for (EditableSection section : sections) {
            if (!section.isRemove() && !section.isEmpty()) {
                kept.add(new Section(section.getHeading() == null ? "" : section.getHeading().strip(),
                        section.getBody() == null ? "" : section.getBody()));
            }
        }
        return new GuidanceContent(title == null ? "" : title.strip(), summary == null ? "" : summary.strip(), kept,
                DraftLines.lines(keyMessages), DraftLines.references(references), DraftLines.tags(tags));
    }

    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    /** Published documents this draft may become a new version of. */
    public List<GuidanceSummary> getDocuments() {
        if (documents == null) {
            documents = library.list(null, 1, 100).items();
        }
        return documents;
    }

    public DraftView getDraft() {
        return draft;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<EditableSection> getSections() {
        return sections;
    }

    public String getKeyMessages() {
        return keyMessages;
    }

    public void setKeyMessages(String keyMessages) {
        this.keyMessages = keyMessages;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }
}
