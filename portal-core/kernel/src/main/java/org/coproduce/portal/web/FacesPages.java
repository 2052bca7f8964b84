package org.coproduce.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.preferences.LocalDates;
import org.coproduce.portal.preferences.ServerMessages;
import org.coproduce.portal.preferences.UiMessages;

/** Small helpers the page beans share: messages, redirects, the current request. */
public final class FacesPages {

    private FacesPages() {
    }

    public static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) faces().getExternalContext().getRequest();
    }

    /**
     * Shows a problem in the page's language: a problem about fields as a message under each field, listed with
     * links in the error summary at the top (see {@link ErrorSummary}); any other problem at the top of the page.
     */
    public static void show(Problem problem, String formId) {
        FacesContext faces = faces();
        if (problem.fields().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, translated(problem.getMessage()), null));
        }
        for (Problem.FieldMessage field : problem.fields()) {
            faces.addMessage(formId + ":" + field.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, translated(field.message()), null));
        }
        faces.validationFailed();
        if (problem.kind() == Problem.Kind.TOO_MANY_REQUESTS) {
            ExternalContext external = faces.getExternalContext();
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(problem.retryAfterSeconds()));
        }
    }

    /** A message the services wrote in English, in the page's language where a translation exists. */
    public static String translated(String english) {
        return ServerMessages.translate(english, LocalDates.locale());
    }

    /** Interface text from the message bundles, in the page's language, with its placeholders filled. */
    public static String text(String key, Object... arguments) {
        return jakarta.enterprise.inject.spi.CDI.current().select(UiMessages.class).get().format(key, arguments);
    }

    public static void info(String message) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, translated(message), null));
    }

    /**
     * A message for the next page, shown after a redirect (see {@link Notice}). Kept in the session: pages
     * that do not use it never create one, so anonymous readers cost no session.
     */
    public static void flashInfo(String message) {
        request().getSession(true).setAttribute(Notice.ATTRIBUTE, translated(message));
    }

    public static void redirect(String path) {
        ExternalContext external = faces().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** A path to return to after signing in: only a local path, never another site. */
    public static String safeReturnPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.contains("\r") || candidate.contains("\n")) {
            return "/";
        }
        return candidate;
    }
}
