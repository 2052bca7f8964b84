package org.coproduce.portal.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.moderation.Standings;
import org.coproduce.portal.preferences.LocalDates;

/** The signed-in member's own standing, for their profile: trust level badge and any suspension with its reason. */
@Named
@RequestScoped
public class MyStanding {

    @Inject
    RequestViewer viewer;

    @Inject
    Standings standings;

    private Standings.View standing;

    public Standings.View getStanding() {
        if (standing == null && viewer.get().signedIn()) {
            standing = standings.of(viewer.get().accountId().orElseThrow());
        }
        return standing;
    }

    public String getUntil() {
        return getStanding() == null || getStanding().suspendedUntil() == null ? ""
                : LocalDates.dateTime(getStanding().suspendedUntil());
    }
}
