package org.coproduce.portal.story;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.web.FacesPages;

/**
 * One story: for everyone once published; for its author and moderators before; for its author only once
 * withdrawn (everyone else gets 404). Moderators review it here; practitioners and moderators respond here;
 * its author withdraws it here. The story's id comes with every request, forms included.
 */
@Named
@RequestScoped
public class StoryPage {

    @Inject
    RequestViewer viewer;

    @Inject
    Stories stories;

    @Inject
    org.coproduce.portal.assisted.AssistedPosting assisted;

    private long id;
    private Story story;
    private List<StoryViews.Response> responses = List.of();
    private String response;
    private String reason;
    private List<StoryPicture> pictures = List.of();
    private jakarta.servlet.http.Part picture;
    private String altText;
    private String withdrawalNote;
    private String redactTitle;
    private String redactBody;
    private String redactReason;
    private org.coproduce.portal.assisted.AssistedPosting.ConsentView consent;

    @PostConstruct
    void load() {
        id = PageSupport.id(FacesPages.request().getParameter("id"));
        if (id > 0) {
            try {
                story = stories.readable(id, viewer.get());
                responses = stories.responses(id).stream().map(StoryViews::response).toList();
                pictures = stories.pictures(id);
                if (story.onBehalf()) {
                    consent = assisted.consentOf(org.coproduce.portal.assisted.AssistedConsent.PostKind.STORY, id,
                            viewer.get()).orElse(null);
                }
            } catch (Problem notFound) {
                story = null;
            }
        }
    }

    /** View action: 404 when there is no story this viewer may read. */
    public void requireStory() {
        if (story == null) {
            PageSupport.sendError(404, "There is no story with this number.");
        }
    }

    public String approve() {
        try {
            stories.approve(id, viewer.get());
            FacesPages.flashInfo("The story is published.");
            FacesPages.redirect("/moderation/stories");
        } catch (Problem problem) {
            FacesPages.show(problem, "review");
        }
        return null;
    }

    public String reject() {
        try {
            stories.reject(id, viewer.get(), reason);
            FacesPages.flashInfo("The story is not published. Its author can read your reason.");
            FacesPages.redirect("/moderation/stories");
        } catch (Problem problem) {
            FacesPages.show(problem, "review");
        }
        return null;
    }

    public String withdraw() {
        try {
            Story withdrawn = assisted.withdrawStory(viewer.get(), id, withdrawalNote);
            FacesPages.flashInfo(withdrawn.onBehalf() ? "The story is withdrawn. Nobody else can see it any more."
                    : "Your story is withdrawn. Nobody else can see it any more.");
            FacesPages.redirect("/stories/story?id=" + id);
        } catch (Problem problem) {
            FacesPages.show(problem, "withdraw");
        }
        return null;
    }

    public String addPicture() {
        try {
            if (picture == null || picture.getSize() == 0) {
                throw Problem.invalid(java.util.Map.of("file", "Please choose a picture to upload."));
            }
            if (picture.getSize() > PictureProcessor.MAX_BYTES) {
                throw Problem.invalid(java.util.Map.of("file", "The picture can be at most 5 MB."));
            }
            byte[] data;
            try (var in = picture.getInputStream()) {
                data = in.readNBytes(PictureProcessor.MAX_BYTES + 1);
            }
            stories.addPicture(id, viewer.get(), data, altText);
            FacesPages.flashInfo("The picture is added to your story.");
            FacesPages.redirect("/stories/story?id=" + id);
        } catch (Problem problem) {
            Problem shown = problem.fields().stream().anyMatch(f -> f.field().equals("picture"))
                    ? new Problem(problem.kind(), problem.code(), problem.getMessage(), problem.fields().stream()
                            .map(f -> f.field().equals("picture") ? new Problem.FieldMessage("file", f.message()) : f)
                            .toList(), 0)
                    : problem;
            FacesPages.show(shown, "picture");
        } catch (java.io.IOException e) {
            FacesPages.show(new Problem(Problem.Kind.INVALID, "unreadable_upload",
                    "The upload could not be read. Please try again."), "picture");
        }
        return null;
    }

    public boolean isCanAddPicture() {
        return isMine() && !story.withdrawn() && story.status() == StoryStatus.PENDING
                && pictures.size() < Stories.PICTURES_MAX;
    }

    public List<StoryPicture> getPictures() {
        return pictures;
    }

    public jakarta.servlet.http.Part getPicture() {
        return picture;
    }

    public void setPicture(jakarta.servlet.http.Part picture) {
        this.picture = picture;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String respond() {
        try {
            Viewer who = viewer.get();
            if (!who.signedIn()) {
                throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in to respond.");
            }
            stories.respond(id, who, who.accountId().orElseThrow(), response);
            FacesPages.flashInfo("Your response is published under the story.");
            FacesPages.redirect("/stories/story?id=" + id);
        } catch (Problem problem) {
            FacesPages.show(problem, "respond");
        }
        return null;
    }

    public Story getStory() {
        return story;
    }

    public long getId() {
        return id;
    }

    public String getBodyHtml() {
        return story == null ? "" : MarkdownRenderer.toSafeHtml(story.body());
    }

    public List<StoryViews.Response> getResponses() {
        return responses;
    }

    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    public boolean isMine() {
        return story != null && viewer.get().accountId().map(story::writtenBy).orElse(false);
    }

    /** Whether the viewer may withdraw the story: its author, or for one shared on someone's behalf see Stories. */
    public boolean isMayWithdraw() {
        return story != null && Stories.mayWithdraw(story, viewer.get());
    }

    /** The consent record of a story shared on someone's behalf, for those who may see it; otherwise null. */
    public org.coproduce.portal.assisted.AssistedPosting.ConsentView getConsent() {
        return consent;
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : PageSupport.date(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public void setWithdrawalNote(String withdrawalNote) {
        this.withdrawalNote = withdrawalNote;
    }

    /** A moderator (not the author) may remove identifying details from a story that is not withdrawn. */
    public boolean isRedactable() {
        return story != null && viewer.get().has(PortalRole.MODERATOR) && !story.withdrawn() && !isMine();
    }

    /** A moderator removes identifying details: the story's words are replaced, the author told why. */
    public String redact() {
        try {
            stories.redact(id, viewer.get(), redactTitle, redactBody, redactReason);
            FacesPages.flashInfo("The identifying details are removed. The author is told why; the words taken out are not kept.");
            FacesPages.redirect("/stories/story?id=" + id);
        } catch (Problem problem) {
            FacesPages.show(problem, "redact");
        }
        return null;
    }

    public String getRedactTitle() {
        return redactTitle != null ? redactTitle : story == null ? "" : story.title();
    }

    public void setRedactTitle(String redactTitle) {
        this.redactTitle = redactTitle;
    }

    public String getRedactBody() {
        return redactBody != null ? redactBody : story == null ? "" : story.body();
    }

    public void setRedactBody(String redactBody) {
        this.redactBody = redactBody;
    }

    public String getRedactReason() {
        return redactReason;
    }

    public void setRedactReason(String redactReason) {
        this.redactReason = redactReason;
    }

    public boolean isReviewable() {
        return story != null && viewer.get().has(PortalRole.MODERATOR) && story.status() == StoryStatus.PENDING
                && !story.withdrawn();
    }

    public boolean isCanRespond() {
        return story != null && story.isPublic() && Stories.mayRespond(viewer.account().orElse(null));
    }

    public String getPublishedOn() {
        return story == null ? "" : PageSupport.date(story.status() == StoryStatus.APPROVED ? story.moderatedAt() : story.createdAt());
    }

    public String date(Instant instant) {
        return PageSupport.date(instant);
    }

    public int getResponseMax() {
        return StoryTexts.RESPONSE_MAX;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
