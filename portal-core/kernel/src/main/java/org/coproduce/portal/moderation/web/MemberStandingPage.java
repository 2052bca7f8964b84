package org.coproduce.portal.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.moderation.Standings;
import org.coproduce.portal.moderation.TrustLevel;
import org.coproduce.portal.preferences.LocalDates;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.PageGuard;

/** A member's standing for moderators (/moderation/member?id=5): set the trust level by hand, suspend, lift. */
@Named
@RequestScoped
public class MemberStandingPage {

    @Inject
    RequestViewer viewer;

    @Inject
    PageGuard pageGuard;

    @Inject
    Standings standings;

    private String id;
    private String level;
    private String until;
    private String reason;
    private Standings.View standing;

    public void load() {
        ModerationPages.requireModerator(pageGuard, viewer.get());
        if (FacesPages.faces().getResponseComplete()) {
            return;
        }
        try {
            standing = standings.of(ModerationPages.id(id));
            level = standing.setByHand() ? standing.trustLevel() : "earned";
        } catch (Problem notFound) {
            try {
                FacesPages.faces().getExternalContext().responseSendError(404, notFound.getMessage());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            FacesPages.faces().responseComplete();
        }
    }

    public String saveLevel() {
        try {
            standings.setLevel(viewer.get(), ModerationPages.id(id), level, reason);
            FacesPages.flashInfo("The trust level is saved.");
            FacesPages.redirect("/moderation/member?id=" + ModerationPages.id(id));
        } catch (Problem problem) {
            standing = standings.of(ModerationPages.id(id));
            FacesPages.show(problem, "trust");
        }
        return null;
    }

    public String suspend() {
        try {
            java.time.Instant end = null;
            if (until != null && !until.isBlank()) {
                try {
                    end = LocalDate.parse(until.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw Problem.invalid(Map.of("until", "Please give the last day of the suspension, like 2026-12-24."));
                }
            }
            standings.suspend(viewer.get(), ModerationPages.id(id), end, reason);
            FacesPages.flashInfo("The member is suspended.");
            FacesPages.redirect("/moderation/member?id=" + ModerationPages.id(id));
        } catch (Problem problem) {
            standing = standings.of(ModerationPages.id(id));
            FacesPages.show(problem, "suspend");
        }
        return null;
    }

    public String lift() {
        try {
            standings.lift(viewer.get(), ModerationPages.id(id), reason);
            FacesPages.flashInfo("The suspension is lifted.");
            FacesPages.redirect("/moderation/member?id=" + ModerationPages.id(id));
        } catch (Problem problem) {
            standing = standings.of(ModerationPages.id(id));
            FacesPages.show(problem, "lift");
        }
        return null;
    }

    public List<String> getLevels() {
        List<String> levels = new java.util.ArrayList<>(List.of("earned"));
        for (TrustLevel l : TrustLevel.values()) {
            levels.add(l.word());
        }
        return levels;
    }

    /** The standing shown: on a form post too (the view action runs on the first request only). */
    public Standings.View getStanding() {
        if (standing == null && viewer.get().has(org.coproduce.plugin.PortalRole.MODERATOR)) {
            long number = ModerationPages.id(id != null ? id : ModerationPages.param("id"));
            if (number >= 0) {
                try {
                    standing = standings.of(number);
                    id = String.valueOf(number);
                } catch (Problem notFound) {
                    return null;
                }
            }
        }
        return standing;
    }

    public String getSuspendedUntil() {
        return getStanding() == null || standing.suspendedUntil() == null ? null : LocalDates.dateTime(standing.suspendedUntil());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
