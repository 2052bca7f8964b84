package org.coproduce.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountRegistration;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.account.Profiles;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.preferences.Language;
import org.coproduce.portal.preferences.Preferences;
import org.coproduce.portal.preferences.PreferencesServlet;
import org.coproduce.portal.preferences.Theme;
import org.coproduce.portal.preferences.ThemeCatalogue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The member's own profile: details, changing them, changing the password, a new verification link. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    RequestViewer viewer;

    @Inject
    Profiles profiles;

    @Inject
    AccountRegistration registration;

    @Inject
    ThemeCatalogue themes;

    @Inject
    Preferences preferences;

    @Inject
    @ConfigProperty(name = "coproduce.cookie.secure", defaultValue = "true")
    boolean secureCookies;

    private Account account;
    private String displayName;
    private String networkRole;
    private String theme;
    private String language;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        account = viewer.account().orElse(null);
        if (account != null) {
            displayName = account.displayName();
            networkRole = account.networkRole().code();
            theme = account.theme() == null ? "" : account.theme();
            language = account.language() == null ? "" : account.language();
        }
    }

    public String save() {
        try {
            account = profiles.update(account.id(), displayName, networkRole);
            FacesPages.flashInfo("Your profile has been saved.");
            FacesPages.redirect("/profile");
        } catch (Problem problem) {
            FacesPages.show(problem, "details");
        }
        return null;
    }

    public String changePassword() {
        try {
            profiles.changePassword(account.id(), currentPassword, newPassword);
            FacesPages.flashInfo("Your password has been changed.");
            FacesPages.redirect("/profile");
        } catch (Problem problem) {
            FacesPages.show(problem, "password");
        }
        return null;
    }

    public String resendVerification() {
        registration.resendVerification(account.id());
        FacesPages.flashInfo(FacesPages.text("profile.resent", account.email()));
        FacesPages.redirect("/profile");
        return null;
    }

    /**
     * Saves the member's theme and language, and remembers them in this browser's cookies too (a cookie outranks
     * the profile, so the two must agree); "follow the site" clears the cookie.
     */
    public String savePreferences() {
        try {
            account = profiles.updatePreferences(account.id(), theme, language);
            var response = (jakarta.servlet.http.HttpServletResponse) FacesPages.faces().getExternalContext().getResponse();
            response.addCookie(preferenceCookie(Preferences.THEME_COOKIE, account.theme()));
            response.addCookie(preferenceCookie(Preferences.LANGUAGE_COOKIE, account.language()));
            preferences.useLanguage(account.language());
            FacesPages.flashInfo(FacesPages.text("profile.preferences.saved"));
            FacesPages.redirect("/profile");
        } catch (Problem problem) {
            FacesPages.show(problem, "preferences");
        }
        return null;
    }

    private jakarta.servlet.http.Cookie preferenceCookie(String name, String value) {
        jakarta.servlet.http.Cookie cookie = PreferencesServlet.remembered(FacesPages.request(), name,
                value == null ? "" : value, secureCookies);
        if (value == null) {
            cookie.setMaxAge(0);
        }
        return cookie;
    }

    public List<Theme> getThemes() {
        return themes.all();
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Account getAccount() {
        return account;
    }

    public List<NetworkRole> getNetworkRoles() {
        return Arrays.asList(NetworkRole.values());
    }

    public String getRoleLabel() {
        return account == null ? "" : FacesPages.text("portalRole." + account.portalRole().name());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getNetworkRole() {
        return networkRole;
    }

    public void setNetworkRole(String networkRole) {
        this.networkRole = networkRole;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
