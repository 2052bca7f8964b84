package org.coproduce.portal.moderation;

import org.coproduce.plugin.Problem;

/**
 * The honeypot on post forms: a field people never see or reach (off screen, out of the tab order, hidden from
 * screen readers) that spam robots fill in. A filled field means the post is not sent.
 */
public final class SpamTrap {

    /** The name of the trap field in post forms. */
    public static final String FIELD = "website";

    private SpamTrap() {
    }

    /** @throws Problem (invalid) when the trap field holds anything */
    public static void check(String trapValue) {
        if (trapValue != null && !trapValue.isEmpty()) {
            throw new Problem(Problem.Kind.INVALID, "spam_trap",
                    "Your post could not be sent. Please leave the hidden website field empty and try again.");
        }
    }
}
