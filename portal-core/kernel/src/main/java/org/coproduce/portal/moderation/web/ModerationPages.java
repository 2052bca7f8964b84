package org.coproduce.portal.moderation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.PageGuard;

/** What the moderation pages share: the moderators-only guard, showing problems of plain forms, waiting times. */
final class ModerationPages {

    private ModerationPages() {
    }

    /** Visitors sign in first; members who are not moderators get 403. */
    static void requireModerator(PageGuard guard, Viewer viewer) {
        guard.requireMember();
        if (viewer.signedIn() && !viewer.has(PortalRole.MODERATOR)) {
            ExternalContext external = FacesPages.faces().getExternalContext();
            try {
                external.responseSendError(403, "Only moderators can open this page.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesPages.faces().responseComplete();
        }
    }

    /** A problem of a form whose inputs are plain HTML: every message at the top of the page. */
    static void show(Problem problem) {
        if (problem.fields().isEmpty()) {
            FacesPages.show(problem, "none");
            return;
        }
        for (Problem.FieldMessage field : problem.fields()) {
            FacesPages.faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesPages.translated(field.message()), null));
        }
        FacesPages.faces().validationFailed();
    }

    static long id(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String param(String name) {
        return FacesPages.request().getParameter(name);
    }

    /** How long something has waited, in words: "12 minutes", "3 hours", "2 days". */
    static String waited(long minutes) {
        Duration d = Duration.ofMinutes(minutes);
        if (minutes < 120) {
            return FacesPages.text("moderation.waitedMinutes", minutes);
        }
        if (d.toHours() < 48) {
            return FacesPages.text("moderation.waitedHours", d.toHours());
        }
        return FacesPages.text("moderation.waitedDays", d.toDays());
    }
}
