package org.coproduce.portal.terms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.web.FacesPages;

/**
 * The terms pages: {@code /terms} (the version in force, in the page's language) and {@code /terms/accept} (what
 * changed and the button to accept), and the template's reminder for members who have not accepted the version
 * in force.
 */
@Named
@RequestScoped
public class TermsPage {

    @Inject
    Terms terms;

    @Inject
    RequestViewer viewer;

    private TermsVersion current;
    private Boolean askToAccept;
    private Integer version;

    private TermsVersion current() {
        if (current == null) {
            current = terms.current();
        }
        return current;
    }

    private static String language() {
        return "cy".equals(FacesPages.faces().getViewRoot().getLocale().getLanguage()) ? "cy" : "en";
    }

    public int getCurrentVersion() {
        return current().version();
    }

    /** The day the version in force was published, written for the page's language. */
    public String getPublished() {
        return org.coproduce.portal.preferences.LocalDates.date(current().publishedAt());
    }

    public String getTextHtml() {
        return MarkdownRenderer.toSafeHtml(current().text(language()));
    }

    public String getChangesHtml() {
        return MarkdownRenderer.toSafeHtml(current().changes(language()));
    }

    /** Whether the viewer is a member who has to accept the version in force (the template's reminder). */
    public boolean isAskToAccept() {
        if (askToAccept == null) {
            Account account = viewer.account().orElse(null);
            askToAccept = account != null && Terms.mustAccept(account, terms.currentVersion());
        }
        return askToAccept;
    }

    /** The version the member accepted last, or null. */
    public Integer getAcceptedVersion() {
        return viewer.account().map(Account::termsVersion).orElse(null);
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public String accept() {
        if (!viewer.get().signedIn()) {
            FacesPages.redirect("/login?returnTo=%2Fterms%2Faccept");
            return null;
        }
        try {
            terms.accept(viewer.get().accountId().orElseThrow(), version);
            FacesPages.flashInfo(FacesPages.text("terms.accepted"));
            FacesPages.redirect("/");
        } catch (Problem problem) {
            FacesPages.show(problem, "accept");
        }
        return null;
    }

    /** The version the accept form showed (kept in the form), or the one in force when the form is new. */
    public Integer getVersion() {
        return version == null ? Integer.valueOf(getCurrentVersion()) : version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
