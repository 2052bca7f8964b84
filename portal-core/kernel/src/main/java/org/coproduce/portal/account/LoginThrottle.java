package org.coproduce.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one email address (or
 * {@code maxFailures * 4} from one network address) within the window, further attempts are refused until the
 * oldest failure leaves the window. Kept in memory per portal node; a restart forgets it.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
    public long retryAfterSeconds(String email, String address) {
        return Math.max(wait("e:" + email, maxFailures), wait("a:" + address, maxFailures * 4));
    }

    /** Records a failed attempt. */
    public void failed(String email, String address) {
        record("e:" + email);
        record("a:" + address);
        if (failures.size() > 100_000) {
            prune();
        }
    }

    /** Forgets the failures of an email address after a successful sign-in. */
    public void succeeded(String email) {
        failures.remove("e:" + email);
    }

    private long wait(String key, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant now = clock.instant();
            dropOld(times, now);
            if (times.size() < limit) {
                return 0;
            }
            Instant freeAt = times.peekFirst().plus(window);
            long millis = Duration.between(now, freeAt).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, clock.instant());
            times.addLast(clock.instant());
        }
    }

    private void dropOld(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
    }

    private void prune() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                dropOld(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }
}
