package org.coproduce.plugins.payments.money;

import java.time.Duration;
import java.time.Instant;

/** A claim is overdue when it was submitted more than the target number of days ago and is not yet paid or rejected. */
public final class Overdue {

    private Overdue() {
    }

    public static boolean overdue(ClaimStatus status, Instant submittedAt, Instant now, int targetDays) {
        return status.awaitingPayment() && submittedAt != null
                && submittedAt.plus(Duration.ofDays(targetDays)).isBefore(now);
    }
}
