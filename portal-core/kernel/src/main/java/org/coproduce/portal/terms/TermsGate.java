package org.coproduce.portal.terms;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.auth.RequestViewer;

/**
 * Members who have not accepted the terms in force can read but not post: every request that changes something
 * (not GET, HEAD or OPTIONS) from such a member answers 403 with a message that says what to do, as JSON
 * ({@code terms_not_accepted}) under {@code /api/}, as a short page otherwise. Accepting the terms, signing in and
 * out, and the member's own settings (such as the language to read the terms in) stay open.
 */
@WebFilter(filterName = "terms", urlPatterns = "/*", asyncSupported = true)
public class TermsGate extends HttpFilter {

    static final String MESSAGE = "The terms of service have changed. Please read the new version and accept it "
            + "before you post: open /terms/accept.";

    /** Paths (from the context root) a member may send changes to before accepting the terms. */
    static final List<String> OPEN = List.of("/terms", "/api/v1/terms", "/login", "/logout", "/api/v1/auth",
            "/api/v1/accounts", "/profile", "/api/v1/me", "/reset-password", "/verify");

    @Inject
    RequestViewer viewer;

    @Inject
    Terms terms;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean changes = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        if (changes) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!isOpen(path)) {
                Account account = viewer.account().orElse(null);
                if (account != null && Terms.mustAccept(account, terms.currentVersion())) {
                    refuse(request, response, path);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isOpen(String path) {
        for (String open : OPEN) {
            if (path.equals(open) || path.startsWith(open + "/") || path.startsWith(open + ".") || path.startsWith(open + "?")) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (path.startsWith("/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"error\":\"terms_not_accepted\",\"message\":\"" + MESSAGE
                    + "\",\"fields\":[]}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("org.coproduce.portal.preferences.messages",
                locale, TermsGate.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String lang = "cy".equals(locale.getLanguage()) ? "cy" : "en";
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>"
                + bundle.getString("terms.blocked.title") + "</title></head><body><main><h1>"
                + bundle.getString("terms.blocked.title") + "</h1><p>" + bundle.getString("terms.blocked.text")
                + "</p><p><a href=\"" + request.getContextPath() + "/terms/accept\">"
                + bundle.getString("terms.blocked.link") + "</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }
}
