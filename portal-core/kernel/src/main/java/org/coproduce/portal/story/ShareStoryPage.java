package org.coproduce.portal.story;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/**
 * Sharing a story in two steps: write it, then "Check before you share", which lists the details in it that may
 * identify someone, with the text still open to change. Only from that step can it be shared. The step travels
 * as a request parameter, so it is known before the form's buttons are decoded.
 */
@Named
@RequestScoped
public class ShareStoryPage {

    static final String STEP_PARAMETER = "step";
    static final String CHECK_STEP = "check";

    @Inject
    RequestViewer viewer;

    @Inject
    Stories stories;

    @Inject
    Pseudonyms pseudonyms;

    private Account account;
    private String pseudonym;
    private String title;
    private String body;
    private String shareAs = "pseudonym";
    private String language;
    private boolean checking;
    private List<FindingRow> findings = List.of();

    /** A finding as the page shows it: where, what, and the words around it. */
    public record FindingRow(String where, String label, String before, String match, String after) {
    }

    @PostConstruct
    void load() {
        account = viewer.account().orElse(null);
        checking = CHECK_STEP.equals(FacesPages.request().getParameter(STEP_PARAMETER));
        if (account != null && account.verified()) {
            pseudonym = pseudonyms.forAccount(account.id()).name();
        }
    }

    /** Checks the text: shows what may identify someone, and the button to share. */
    public String check() {
        try {
            StoryTexts.checkStory(title, body);
            findings = rows(title, body);
            checking = true;
        } catch (Problem problem) {
            FacesPages.show(problem, "share");
        }
        return null;
    }

    /** Shares the story as it now reads. */
    public String share() {
        try {
            long author = org.coproduce.portal.content.Contributors.requireVerifiedMember(viewer.get());
            Story story = stories.share(author, title, body, "pseudonym".equals(shareAs), language);
            FacesPages.flashInfo("Thank you for sharing your story. A moderator will read it soon; until then only "
                    + "you and the moderators can see it.");
            FacesPages.redirect("/stories/story?id=" + story.id());
        } catch (Problem problem) {
            findings = rows(title, body);
            FacesPages.show(problem, "share");
        }
        return null;
    }

    static List<FindingRow> rows(String title, String body) {
        List<FindingRow> rows = new ArrayList<>();
        for (String[] part : new String[][] {{"Title", title}, {"Story", body}}) {
            if (part[1] == null) {
                continue;
            }
            for (IdentifyingDetail detail : IdentifyingDetails.find(part[1])) {
                IdentifyingDetail.Excerpt excerpt = detail.excerptIn(part[1], 40);
                rows.add(new FindingRow(part[0], detail.kind().label(), excerpt.before(), excerpt.match(), excerpt.after()));
            }
        }
        return rows;
    }

    public boolean isVerified() {
        return account != null && account.verified();
    }

    public boolean isChecking() {
        return checking;
    }

    public String getStepParameter() {
        return STEP_PARAMETER;
    }

    public String getCheckStep() {
        return CHECK_STEP;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public String getDisplayName() {
        return account == null ? "" : account.displayName();
    }

    public int getTitleMax() {
        return StoryTexts.TITLE_MAX;
    }

    public int getBodyMax() {
        return StoryTexts.BODY_MAX;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public java.util.List<org.coproduce.portal.preferences.Language> getLanguages() {
        return java.util.Arrays.asList(org.coproduce.portal.preferences.Language.values());
    }

    public String getShareAs() {
        return shareAs;
    }

    public void setShareAs(String shareAs) {
        this.shareAs = shareAs;
    }
}
