package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

/** {@link RegistrationLimit}: N new accounts per address in any hour, then 429 until the oldest is an hour old. */
class RegistrationLimitTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    private static RegistrationLimit limit(int perHour, String unlimited) {
        RegistrationLimit limit = new RegistrationLimit();
        limit.perAddressHour = perHour;
        limit.unlimitedAddresses = unlimited;
        return limit;
    }

    @Test
    void theNextRegistrationOverTheLimitWaitsForTheOldestToLeaveTheHour() {
        RegistrationLimit limit = limit(2, " ");
        limit.admit("198.51.100.7", NOON);
        limit.admit("198.51.100.7", NOON.plus(Duration.ofMinutes(10)));
        limit.admit("198.51.100.8", NOON.plus(Duration.ofMinutes(11)));

        Problem refused = assertThrows(Problem.class, () -> limit.admit("198.51.100.7", NOON.plus(Duration.ofMinutes(20))));
        assertEquals(Problem.Kind.TOO_MANY_REQUESTS, refused.kind());
        assertEquals(40 * 60, refused.retryAfterSeconds());
        assertEquals("Too many accounts have been made from your internet address in the last hour. Please try again in "
                + "40 minutes, or ask us for help if you are registering a group.", refused.getMessage());

        limit.admit("198.51.100.7", NOON.plus(Duration.ofMinutes(60)).plusSeconds(1));
        assertThrows(Problem.class, () -> limit.admit("198.51.100.7", NOON.plus(Duration.ofMinutes(61))));
    }

    @Test
    void listedAddressesAreNotLimited() {
        RegistrationLimit limit = limit(1, "127.0.0.1, 203.0.113.5");
        for (int i = 0; i < 10; i++) {
            limit.admit("203.0.113.5", NOON);
            limit.admit("127.0.0.1", NOON);
        }
        limit.admit("203.0.113.6", NOON);
        assertThrows(Problem.class, () -> limit.admit("203.0.113.6", NOON));
    }
}
