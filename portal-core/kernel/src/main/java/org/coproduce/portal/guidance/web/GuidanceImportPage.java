package org.coproduce.portal.guidance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.guidance.DraftView;
import org.coproduce.portal.guidance.GuidanceContent;
import org.coproduce.portal.guidance.GuidanceDrafts;
import org.coproduce.portal.guidance.imports.GuidanceImporter;
import org.coproduce.portal.guidance.imports.ImportedDocument;
import org.coproduce.portal.guidance.imports.UnsupportedFileType;
import org.coproduce.portal.web.FacesPages;

/** {@code /guidance/import}: moderators upload a file (or start a blank draft) and go on to the draft's preview. */
@Named
@RequestScoped
public class GuidanceImportPage {

    @Inject
    GuidanceImporter importer;

    @Inject
    GuidanceDrafts drafts;

    @Inject
    CurrentViewer viewer;

    private Part file;

    /** View action: moderators only. */
    public void guard() {
        GuidancePages.requireModerator(viewer.get());
    }

    public String upload() {
        if (!GuidancePages.requireModerator(viewer.get())) {
            return null;
        }
        try {
            if (file == null || file.getSize() == 0) {
                throw Problem.invalid(Map.of("file", "Please choose a file to import."));
            }
            ImportedDocument imported = importer.read(file.getInputStream(), file.getSubmittedFileName());
            DraftView draft = drafts.create(viewer.get().accountId().orElseThrow(), file.getSubmittedFileName(), null,
                    new GuidanceContent(imported.title(), imported.summary(), imported.sections(), List.of(), List.of(), List.of()));
            FacesPages.flashInfo("We read " + draft.sections().size() + (draft.sections().size() == 1 ? " section" : " sections")
                    + " from the " + imported.type() + ". Check the preview, change what you need, then publish it.");
            FacesPages.redirect("/guidance/draft?id=" + draft.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "import");
            if (problem.kind() == Problem.Kind.TOO_LARGE) {
                FacesPages.faces().getExternalContext().setResponseStatus(413);
            }
        } catch (UnsupportedFileType unsupported) {
            FacesPages.show(Problem.invalid(Map.of("file", unsupported.getMessage())), "import");
            FacesPages.faces().getExternalContext().setResponseStatus(415);
        } catch (IOException e) {
            FacesPages.show(new Problem(Problem.Kind.INVALID, "upload_failed",
                    "The file did not arrive completely. Please try again."), "import");
        }
        return null;
    }

    public String startBlank() {
        if (!GuidancePages.requireModerator(viewer.get())) {
            return null;
        }
        DraftView draft = drafts.create(viewer.get().accountId().orElseThrow(), null, null,
                new GuidanceContent("", "", List.of(), List.of(), List.of(), List.of()));
        FacesPages.redirect("/guidance/draft?id=" + draft.id());
        return null;
    }

    public List<DraftView> getOpenDrafts() {
        return drafts.open(20);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public int getMaxMegabytes() {
        return GuidanceImporter.MAX_BYTES / (1024 * 1024);
    }
}
