package org.coproduce.portal.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.coproduce.plugin.Problem;

/**
 * The site's default theme, set by administrators. Read on every page, so it is kept in memory after the first
 * read and replaced when changed (one server).
 */
@ApplicationScoped
public class SiteAppearance {

    static final String DEFAULT_THEME = "default-theme";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    org.coproduce.portal.audit.AuditLog audit;

    private volatile String defaultTheme;

    /** The default theme's id; the fallback theme while none is set or the one set is no longer installed. */
    public String defaultTheme() {
        String theme = defaultTheme;
        if (theme == null) {
            SiteSetting setting = em.find(SiteSetting.class, DEFAULT_THEME);
            theme = setting == null ? ThemeCatalogue.FALLBACK : setting.value();
            defaultTheme = theme;
        }
        return catalogue.exists(theme) ? theme : ThemeCatalogue.FALLBACK;
    }

    @Transactional
    public void setDefaultTheme(String themeId, org.coproduce.plugin.Viewer by) {
        Long changedBy = by.accountId().orElse(null);
        if (!catalogue.exists(themeId)) {
            throw Problem.invalid(Map.of("theme", "Please choose one of the themes listed."));
        }
        SiteSetting setting = em.find(SiteSetting.class, DEFAULT_THEME);
        String before = setting == null ? ThemeCatalogue.FALLBACK + " (none chosen)" : setting.value();
        if (setting == null) {
            em.persist(new SiteSetting(DEFAULT_THEME, themeId, Instant.now(), changedBy));
        } else {
            setting.change(themeId, Instant.now(), changedBy);
        }
        em.flush();
        audit.write(by, "admin", "appearance.default-theme", "site-setting", DEFAULT_THEME,
                "before: " + before + "; after: " + themeId);
        defaultTheme = themeId;
    }
}
