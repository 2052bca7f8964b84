package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;

/** View actions that keep pages to the people they are for: visitors go to sign in, others get 403. */
@Named
@RequestScoped
public class PageGuard {

    @Inject
    CurrentViewer viewer;

    public void requireMember() {
        if (!viewer.get().signedIn()) {
            var request = FacesPages.request();
            String here = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            FacesPages.redirect("/login?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
        }
    }

    public void requireAdmin() {
        requireMember();
        if (viewer.get().signedIn() && !viewer.get().has(PortalRole.ADMIN)) {
            ExternalContext external = FacesPages.faces().getExternalContext();
            try {
                external.responseSendError(403, "Only administrators can open this page.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesPages.faces().responseComplete();
        }
    }
}
