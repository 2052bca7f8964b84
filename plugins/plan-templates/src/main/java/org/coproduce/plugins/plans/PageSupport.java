package org.coproduce.plugins.plans;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.plugin.Problem;

/** What the plugin's page beans share: request parameters, messages, redirects and error pages. */
final class PageSupport {

    static final String BUNDLE = "org.coproduce.plugins.plans.messages";

    private PageSupport() {
    }

    static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) faces().getExternalContext().getRequest();
    }

    /** A request parameter (forms repeat the page's address parameters as hidden fields), or null. */
    static String param(String name) {
        return request().getParameter(name);
    }

    /** A positive whole number, or null. */
    static Long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the address says was just done ({@code started} or {@code saved}), for the page's message; else null. */
    static String done() {
        String done = param("done");
        return "started".equals(done) || "saved".equals(done) ? done : null;
    }

    /** The problem's summary at the top of the page; its field messages are returned, keyed by field. */
    static Map<String, String> show(Problem problem) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null));
        faces().validationFailed();
        Map<String, String> fields = new LinkedHashMap<>();
        problem.fields().forEach(f -> fields.put(f.field(), f.message()));
        return fields;
    }

    /**
     * Redirects (after a change). The next page says what was done from its address ({@code done=saved}), which
     * needs no session and survives a reload.
     */
    static void redirect(String path) {
        ExternalContext external = faces().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** Visitors go to sign in first and come back here. */
    static void signInFirst() {
        HttpServletRequest request = request();
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        redirect("/login?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    /** Answers with an error page for a problem that means the page cannot be shown (404 hides a private plan). */
    static void sendError(Problem problem) {
        if (problem.kind() == Problem.Kind.UNAUTHORIZED) {
            signInFirst();
            return;
        }
        int status = switch (problem.kind()) {
            case NOT_FOUND, INVALID -> 404;
            case FORBIDDEN -> 403;
            default -> problem.kind().status();
        };
        try {
            faces().getExternalContext().responseSendError(status, problem.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }
}
