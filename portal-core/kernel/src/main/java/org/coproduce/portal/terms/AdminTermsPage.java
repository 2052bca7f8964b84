package org.coproduce.portal.terms;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/** {@code /admin/terms}: administrators edit the terms (starting from the version in force) and publish a new version. */
@Named
@RequestScoped
public class AdminTermsPage {

    @Inject
    Terms terms;

    @Inject
    RequestViewer viewer;

    private int currentVersion;
    private String textEn;
    private String textCy;
    private String changesEn;
    private String changesCy;

    @PostConstruct
    void load() {
        TermsVersion current = terms.current();
        currentVersion = current.version();
        textEn = current.text("en");
        textCy = current.text("cy");
    }

    public String publish() {
        if (!viewer.get().has(PortalRole.ADMIN)) {
            FacesPages.redirect("/admin/terms");
            return null;
        }
        try {
            TermsVersion published = terms.publish(viewer.get(), textEn, textCy, changesEn, changesCy);
            FacesPages.flashInfo(FacesPages.text("adminTerms.published", published.version()));
            FacesPages.redirect("/admin/terms");
        } catch (Problem problem) {
            FacesPages.show(problem, "terms");
        }
        return null;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextCy() {
        return textCy;
    }

    public void setTextCy(String textCy) {
        this.textCy = textCy;
    }

    public String getChangesEn() {
        return changesEn;
    }

    public void setChangesEn(String changesEn) {
        this.changesEn = changesEn;
    }

    public String getChangesCy() {
        return changesCy;
    }

    public void setChangesCy(String changesCy) {
        this.changesCy = changesCy;
    }
}
