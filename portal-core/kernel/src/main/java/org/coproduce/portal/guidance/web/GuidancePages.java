package org.coproduce.portal.guidance.web;

import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.web.FacesPages;

/** What the guidance pages share: request parameters, the moderator check, error statuses. */
final class GuidancePages {

    private GuidancePages() {
    }

    /** A whole-number request parameter, or null when it is missing or not a number. */
    static Long longParameter(String name) {
        String value = FacesPages.request().getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Visitors go to sign in; members who are not moderators get 403. Returns whether the viewer may go on. */
    static boolean requireModerator(Viewer viewer) {
        if (!viewer.signedIn()) {
            var request = FacesPages.request();
            String here = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            FacesPages.redirect("/login?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return false;
        }
        if (!viewer.has(PortalRole.MODERATOR)) {
            sendError(403, "Only moderators and administrators can import and publish guidance.");
            return false;
        }
        return true;
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
