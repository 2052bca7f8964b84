package org.coproduce.portal.discussion;

import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.web.FacesPages;

/** What the discussion page beans share: page numbers from the address, and error pages. */
final class DiscussionPages {

    private DiscussionPages() {
    }

    /**
     * A page's address parameter: {@code current} if the view parameter set it, else the request parameter. On a
     * form post, view parameters reach the bean only after the form has been decoded, so each form repeats
     * them as hidden fields and the bean reads them here when it needs them earlier.
     */
    static String param(String current, String name) {
        return current != null ? current : FacesPages.request().getParameter(name);
    }

    /** A positive whole number from the address, or null. */
    static Long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int page(String value) {
        Long page = id(value);
        return page == null || page > 100_000 ? 1 : page.intValue();
    }

    /** Answers with the error page for a problem that means the page cannot be shown. */
    static void sendError(Problem problem) {
        int status = switch (problem.kind()) {
            case NOT_FOUND, INVALID -> 404;
            case UNAUTHORIZED, FORBIDDEN -> 403;
            default -> problem.kind().status();
        };
        sendError(status, problem.getMessage());
    }

    static void sendError(int status, String message) {
        ExternalContext external = FacesPages.faces().getExternalContext();
        try {
            external.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesPages.faces().responseComplete();
    }
}
