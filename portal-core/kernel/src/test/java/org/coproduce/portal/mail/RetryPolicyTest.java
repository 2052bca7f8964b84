package org.coproduce.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    @Test
    void theWaitDoublesAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(240), policy.delayAfter(4));
        assertEquals(Duration.ofSeconds(480), policy.delayAfter(5));
    }

    @Test
    void theWaitIsCappedAtTheMaximum() {
        assertEquals(Duration.ofMinutes(10), policy.delayAfter(6));
        assertEquals(Duration.ofMinutes(10), policy.delayAfter(40));
        assertEquals(Duration.ofMinutes(10), policy.delayAfter(Integer.MAX_VALUE), "no overflow");
    }

    @Test
    void noAttemptsYetMeansTheBaseWait() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(0));
    }

    @Test
    void thePolicyGivesUpAfterTheMaximumNumberOfAttempts() {
        assertFalse(policy.exhausted(1));
        assertFalse(policy.exhausted(4));
        assertTrue(policy.exhausted(5));
        assertTrue(policy.exhausted(6));
        assertTrue(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).exhausted(1), "one try only");
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3), "max below base");
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0), "no attempt at all");
    }
}
