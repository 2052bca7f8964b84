package org.coproduce.portal.mail;

import java.time.Duration;

/**
 * When to try a failed mail again: exponential backoff from {@code base} (doubling each attempt, capped at
 * {@code max}), and giving up after {@code maxAttempts}.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry policy needs 0 < base <= max and at least one attempt");
        }
    }

    /** The wait before the next attempt, after {@code attemptsSoFar} failed attempts (1 or more). */
    public Duration delayAfter(int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Whether to give up once {@code attemptsSoFar} attempts have failed. */
    public boolean exhausted(int attemptsSoFar) {
        return attemptsSoFar >= maxAttempts;
    }
}
