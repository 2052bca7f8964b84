package org.coproduce.plugin.ui;

import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;

/**
 * Who sees a navigation entry or panel.
 *
 * @since 1.0
 */
public enum Audience {
    /** Everyone, signed in or not. */
    EVERYONE,
    /** Visitors who are not signed in. */
    VISITORS,
    /** Signed-in members. */
    MEMBERS,
    /** Moderators and administrators. */
    MODERATORS,
    /** Administrators. */
    ADMINISTRATORS;

    /** Whether {@code viewer} belongs to this audience. */
    public boolean includes(Viewer viewer) {
        return switch (this) {
            case EVERYONE -> true;
            case VISITORS -> !viewer.signedIn();
            case MEMBERS -> viewer.signedIn();
            case MODERATORS -> viewer.has(PortalRole.MODERATOR);
            case ADMINISTRATORS -> viewer.has(PortalRole.ADMIN);
        };
    }
}
