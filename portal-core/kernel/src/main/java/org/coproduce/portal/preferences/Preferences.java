package org.coproduce.portal.preferences;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.auth.RequestViewer;

/**
 * The theme and language of this request, as the templates and the view handlers read them
 * ({@code #{prefs.themeId}}, {@code #{prefs.language}}). A theme comes from the visitor's cookie, else the
 * member's profile, else the site default; a language from the cookie, else the profile, else the browser's
 * Accept-Language, else English.
 */
@Named("prefs")
@RequestScoped
public class Preferences {

    public static final String THEME_COOKIE = "coproduce-theme";
    public static final String LANGUAGE_COOKIE = "coproduce-lang";

    @Inject
    HttpServletRequest request;

    @Inject
    RequestViewer viewer;

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    SiteAppearance site;

    private String themeId;
    private Language language;

    public String getThemeId() {
        if (themeId == null) {
            themeId = cookie(THEME_COOKIE).filter(catalogue::exists)
                    .or(() -> account().map(Account::theme).filter(catalogue::exists))
                    .orElseGet(site::defaultTheme);
        }
        return themeId;
    }

    /** The contracts Faces searches, in order: the theme and its ancestors. */
    public List<String> getContracts() {
        return catalogue.chain(getThemeId());
    }

    public Language language() {
        if (language == null) {
            language = cookie(LANGUAGE_COOKIE).flatMap(Language::parse)
                    .or(() -> account().map(Account::language).flatMap(Language::parse))
                    .orElseGet(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")));
        }
        return language;
    }

    /**
     * From now on in this request, the language just chosen (null: the browser's), so that the message saying the
     * choice was saved is already in that language.
     */
    public void useLanguage(String code) {
        language = Language.parse(code).orElseGet(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    /** The language code for {@code <html lang>}: "en" or "cy". */
    public String getLanguage() {
        return language().code();
    }

    public Locale getLocale() {
        return language().locale();
    }

    public List<Theme> getThemes() {
        return catalogue.all();
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    /** The other languages, for the switch on every page. */
    public List<Language> getOtherLanguages() {
        return Arrays.stream(Language.values()).filter(l -> l != language()).toList();
    }

    /**
     * The address of a theme stylesheet from the nearest theme in the chain that has it
     * ({@code #{prefs.stylesheet('theme.css')}}). The template links it this way rather than with
     * h:outputStylesheet, which MyFaces resolves in the contract the template itself came from (the parent).
     */
    public String stylesheet(String name) {
        for (String contract : getContracts()) {
            if (catalogue.hasResource(contract, name)) {
                return request.getContextPath() + "/jakarta.faces.resource/" + name + ".xhtml?con=" + contract;
            }
        }
        return request.getContextPath() + "/jakarta.faces.resource/" + name + ".xhtml?con=" + ThemeCatalogue.FALLBACK;
    }

    /** A theme's name in this request's language, from the theme's own messages. */
    public String themeName(String id) {
        return ThemeTexts.name(catalogue.find(id).orElse(null), getLocale());
    }

    /**
     * A label or message a page bean wrote in English, in this request's language where the server-messages
     * catalogue has it ({@code #{prefs.translated(finding.label())}}).
     */
    public String translated(String english) {
        return ServerMessages.translate(english, getLocale());
    }

    /** A country's name in this request's language, from its two-letter code ("NL": "Netherlands", "Yr Iseldiroedd"). */
    public String countryName(String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(getLocale());
    }

    /** Where a switch returns to: this page, as a path inside the portal. */
    public String getReturnTo() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    /** {@link #getReturnTo()} for a link's query string. */
    public String getReturnToEncoded() {
        return java.net.URLEncoder.encode(getReturnTo(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private Optional<Account> account() {
        return viewer.account();
    }

    private Optional<String> cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
