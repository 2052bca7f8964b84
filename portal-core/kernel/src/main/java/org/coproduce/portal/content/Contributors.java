package org.coproduce.portal.content;

import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/** The rule for taking part: signed in, with a confirmed email address. */
public final class Contributors {

    private Contributors() {
    }

    /**
     * Returns the account id of a viewer who may contribute.
     *
     * @throws Problem 401 for a visitor, 403 for a member whose email address is not confirmed yet
     */
    public static long requireVerifiedMember(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in or join to take part.");
        }
        if (!viewer.verified()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "email_not_verified", "Please confirm your email address "
                    + "first: open the link we sent you, or ask for a new one on your profile.");
        }
        return viewer.accountId().orElseThrow();
    }
}
