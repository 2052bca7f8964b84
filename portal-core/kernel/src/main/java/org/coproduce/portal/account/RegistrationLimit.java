package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.plugin.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code coproduce.registration.per-address-hour} new accounts (default 5) per client address in any hour,
 * counted in memory on this server (a restart forgets, which only ever lets more through). Addresses listed in
 * {@code coproduce.registration.unlimited-addresses} (comma-separated, default none) are not limited: a day centre
 * whose members join together at a workshop behind one address, or the test suite's own client. The address is the
 * servlet request's remote address, which Liberty takes from {@code X-Forwarded-For} only when the connection comes
 * from a trusted proxy (its {@code remoteIp} setting in server.xml).
 */
@ApplicationScoped
public class RegistrationLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "coproduce.registration.per-address-hour", defaultValue = "5")
    int perAddressHour;

    @Inject
    @ConfigProperty(name = "coproduce.registration.unlimited-addresses", defaultValue = " ")
    String unlimitedAddresses;

    private final ConcurrentHashMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    private volatile Set<String> unlimited;

    /**
     * Counts a registration from an address, or refuses it.
     *
     * @throws Problem 429 with Retry-After (seconds until the oldest registration in the window is an hour old)
     */
    public void admit(String address, Instant now) {
        if (address == null || unlimited().contains(address)) {
            return;
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        long retry;
        synchronized (times) {
            retry = retryAfter(times, now, perAddressHour);
            if (retry == 0) {
                times.addLast(now);
            }
        }
        if (retry > 0) {
            long minutes = Math.max(1, (retry + 59) / 60);
            throw new Problem(Problem.Kind.TOO_MANY_REQUESTS, "too_many_registrations", "Too many accounts have been "
                    + "made from your internet address in the last hour. Please try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + ", or ask us for help if you are registering a group.",
                    java.util.List.of(), retry);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
    }

    /**
     * Drops the times older than the window and answers 0 when one more fits within {@code limit}, otherwise the
     * seconds until the oldest leaves the window (at least 1).
     */
    static long retryAfter(Deque<Instant> times, Instant now, int limit) {
        Instant windowStart = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.removeFirst();
        }
        if (times.size() < limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
    }

    private Set<String> unlimited() {
        Set<String> set = unlimited;
        if (set == null) {
            set = Stream.of(unlimitedAddresses.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            unlimited = set;
        }
        return set;
    }
}
