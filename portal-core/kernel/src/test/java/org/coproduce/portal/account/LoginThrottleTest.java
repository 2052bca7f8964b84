package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ANN = "ann@example.org";
    private static final String HOME = "198.51.100.7";
    private static final String CAFE = "203.0.113.9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void attemptsGoAheadUntilTheLimitOfFailuresForAnEmailAddress() {
        assertEquals(0, throttle.retryAfterSeconds(ANN, HOME));
        fail(ANN, HOME, 2);
        assertEquals(0, throttle.retryAfterSeconds(ANN, HOME));

        fail(ANN, HOME, 1);

        assertWaitAbout(Duration.ofMinutes(15), throttle.retryAfterSeconds(ANN, HOME));
        assertWaitAbout(Duration.ofMinutes(15), throttle.retryAfterSeconds(ANN, CAFE), "from any network address");
        assertEquals(0, throttle.retryAfterSeconds("bob@example.org", CAFE), "other people are not affected");
    }

    @Test
    void aFailureCountsOnlyWithinTheWindow() {
        fail(ANN, HOME, 1);
        clock.advance(Duration.ofMinutes(5));
        fail(ANN, HOME, 1);
        clock.advance(Duration.ofMinutes(5));
        fail(ANN, HOME, 1);

        assertWaitAbout(Duration.ofMinutes(5), throttle.retryAfterSeconds(ANN, HOME), "until the first failure leaves");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertWaitAbout(Duration.ofSeconds(1), throttle.retryAfterSeconds(ANN, HOME));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, throttle.retryAfterSeconds(ANN, HOME));

        fail(ANN, HOME, 1);
        assertWaitAbout(Duration.ofMinutes(5), throttle.retryAfterSeconds(ANN, HOME), "three in the window again");
        clock.advance(Duration.ofMinutes(15));
        assertEquals(0, throttle.retryAfterSeconds(ANN, HOME), "all have left the window");
    }

    @Test
    void aNetworkAddressMayFailFourTimesAsOften() {
        for (int i = 0; i < 11; i++) {
            fail("person" + i + "@example.org", CAFE, 1);
        }
        assertEquals(0, throttle.retryAfterSeconds("someone@example.org", CAFE));

        fail("person11@example.org", CAFE, 1);

        assertWaitAbout(Duration.ofMinutes(15), throttle.retryAfterSeconds("someone@example.org", CAFE));
        assertEquals(0, throttle.retryAfterSeconds("someone@example.org", HOME), "other addresses are not affected");
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresOfThatEmailAddress() {
        fail(ANN, HOME, 3);
        assertTrue(throttle.retryAfterSeconds(ANN, HOME) > 0);

        throttle.succeeded(ANN);

        assertEquals(0, throttle.retryAfterSeconds(ANN, HOME));
        fail(ANN, HOME, 2);
        assertEquals(0, throttle.retryAfterSeconds(ANN, HOME), "counting starts again");
    }

    @Test
    void aSuccessfulSignInDoesNotForgetTheFailuresOfTheNetworkAddress() {
        for (int i = 0; i < 12; i++) {
            fail("person" + i + "@example.org", CAFE, 1);
        }

        throttle.succeeded("person0@example.org");

        assertTrue(throttle.retryAfterSeconds("person0@example.org", CAFE) > 0);
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    /** The wait rounds up to whole seconds and may add one. */
    private static void assertWaitAbout(Duration expected, long seconds, String... why) {
        assertTrue(seconds >= expected.toSeconds() && seconds <= expected.toSeconds() + 1,
                "expected about " + expected.toSeconds() + " s but was " + seconds + " " + String.join("", why));
    }

    /** A clock that stands still until the test moves it. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed");
        }
    }
}
