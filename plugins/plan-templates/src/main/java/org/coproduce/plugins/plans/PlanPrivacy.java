package org.coproduce.plugins.plans;

import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/**
 * Who may see a plan: only its team reads it. Administrators may know that it exists (they are told so); everyone
 * else, moderators included, is told there is no such plan, so its number reveals nothing.
 */
final class PlanPrivacy {

    /** What a viewer may do with one plan. */
    enum Access { READ, EXISTS_ONLY, HIDDEN, SIGN_IN }

    static final String NOT_FOUND = "There is no plan with this number that you can see.";

    private PlanPrivacy() {
    }

    static Access of(Viewer viewer, boolean onTeam) {
        if (!viewer.signedIn()) {
            return Access.SIGN_IN;
        }
        if (onTeam) {
            return Access.READ;
        }
        return viewer.has(PortalRole.ADMIN) ? Access.EXISTS_ONLY : Access.HIDDEN;
    }

    /** Throws unless the viewer is on the plan's team. */
    static void requireTeam(Viewer viewer, boolean onTeam) {
        switch (of(viewer, onTeam)) {
            case READ -> {
            }
            case SIGN_IN -> throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
            case EXISTS_ONLY -> throw new Problem(Problem.Kind.FORBIDDEN, "plan_private",
                    "This plan exists, but only the people on its team can read or change it.");
            case HIDDEN -> throw Problem.notFound(NOT_FOUND);
        }
    }

    /** Throws unless someone is signed in. */
    static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
    }

    /** Throws unless someone signed in with a confirmed email address is asking. */
    static void requireVerified(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!viewer.verified()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "unverified", "Please confirm your email address first.");
        }
    }
}
