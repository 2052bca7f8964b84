package org.coproduce.portal.preferences;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coproduce.portal.web.FacesPages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The theme and language switches on every page: {@code GET /preferences?theme=high-contrast&returnTo=/stories}
 * (or {@code lang=cy}) remembers the choice in a cookie for a year and goes back to the page. A plain link or a
 * form with method GET: no JavaScript, no session, nothing stored on the server.
 */
@WebServlet("/preferences")
public class PreferencesServlet extends HttpServlet {

    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    @ConfigProperty(name = "coproduce.cookie.secure", defaultValue = "true")
    boolean secureCookies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String theme = request.getParameter("theme");
        if (theme != null && catalogue.exists(theme)) {
            response.addCookie(cookie(request, Preferences.THEME_COOKIE, theme));
        }
        Language.parse(request.getParameter("lang"))
                .ifPresent(language -> response.addCookie(cookie(request, Preferences.LANGUAGE_COOKIE, language.code())));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + FacesPages.safeReturnPath(request.getParameter("returnTo")));
        response.setHeader("Cache-Control", "no-store");
    }

    Cookie cookie(HttpServletRequest request, String name, String value) {
        return remembered(request, name, value, secureCookies);
    }

    /** A preference cookie for the whole portal, kept for a year. */
    public static Cookie remembered(HttpServletRequest request, String name, String value, boolean secure) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
