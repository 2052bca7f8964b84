package org.coproduce.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.preferences.SiteAppearance;
import org.coproduce.portal.preferences.Theme;
import org.coproduce.portal.preferences.ThemeCatalogue;

/** Administrators choose the site's default theme: what visitors and members without a choice of their own see. */
@Named
@RequestScoped
public class AdminAppearancePage {

    @Inject
    SiteAppearance site;

    @Inject
    ThemeCatalogue themes;

    @Inject
    CurrentViewer viewer;

    private String theme;

    @PostConstruct
    void load() {
        theme = site.defaultTheme();
    }

    public String save() {
        if (!viewer.get().has(PortalRole.ADMIN)) {
            FacesPages.redirect("/admin/appearance");
            return null;
        }
        try {
            site.setDefaultTheme(theme, viewer.get());
            FacesPages.flashInfo(FacesPages.text("appearance.saved"));
            FacesPages.redirect("/admin/appearance");
        } catch (Problem problem) {
            FacesPages.show(problem, "appearance");
        }
        return null;
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
