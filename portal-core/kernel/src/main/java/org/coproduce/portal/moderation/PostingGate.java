package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/**
 * What every new thread and reply passes before it is written: the author is not suspended, keeps to the posting
 * limits of their trust level (posts per minute and per day, links per post), and does not post the same text twice
 * in a row while still new. Answers whether the post waits for a moderator (a new member's posts do). Moderators
 * and administrators are not limited.
 */
@ApplicationScoped
public class PostingGate {

    /** How long the same text by a new or basic member counts as a repeat. */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Standings standings;

    /**
     * Checks a post about to be written.
     *
     * @return true when the post must wait for a moderator before others see it
     * @throws Problem 403 for a suspended member, 429 with Retry-After over a limit, 400 for too many links,
     *                 409 for a repeat of the member's own recent post
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean admit(Viewer viewer, String body) {
        long author = viewer.accountId().orElseThrow();
        MemberStanding suspended = standings.suspension(author);
        if (suspended != null) {
            throw suspendedProblem(suspended);
        }
        if (viewer.has(PortalRole.MODERATOR)) {
            return false;
        }
        TrustLevel level = standings.level(author);
        Instant now = Instant.now();
        List<Instant> today = postedSince(author, now.minus(Duration.ofDays(1)));
        long retry = retryAfter(today, now, level);
        if (retry > 0) {
            throw new Problem(Problem.Kind.TOO_MANY_REQUESTS, "rate_limited", limitMessage(level, retry),
                    List.of(), retry);
        }
        int links = links(body);
        if (links > level.linksPerPost()) {
            throw Problem.invalid(java.util.Map.of("body", level.linksPerPost() == 1
                    ? "New members can put one link in a post. Please take out the others."
                    : "Please put at most " + level.linksPerPost() + " links in a post."));
        }
        if (level.ordinal() <= TrustLevel.BASIC.ordinal() && body != null && repeats(author, body.strip(), now)) {
            throw new Problem(Problem.Kind.CONFLICT, "duplicate_post",
                    "You posted the same text a moment ago. Please write something new instead of posting it again.");
        }
        return level.postsWait();
    }

    /** The message a suspended member sees when trying to post. */
    public static Problem suspendedProblem(MemberStanding standing) {
        return new Problem(Problem.Kind.FORBIDDEN, "suspended", "You are suspended until "
                + WHEN.format(standing.suspendedUntil()) + ", so you can read but not post. The moderators say: "
                + standing.suspensionReason());
    }

    /**
     * Seconds until the next post is allowed, 0 when one is allowed now: the limits count the posts of the last
     * minute and of the last day.
     */
    static long retryAfter(List<Instant> postedToday, Instant now, TrustLevel level) {
        long wait = 0;
        List<Instant> lastMinute = postedToday.stream().filter(t -> t.isAfter(now.minusSeconds(60))).sorted().toList();
        if (lastMinute.size() >= level.postsPerMinute()) {
            Instant frees = lastMinute.get(lastMinute.size() - level.postsPerMinute()).plusSeconds(60);
            wait = Math.max(wait, Math.max(1, Duration.between(now, frees).toSeconds() + 1));
        }
        List<Instant> lastDay = postedToday.stream().sorted().toList();
        if (lastDay.size() >= level.postsPerDay()) {
            Instant frees = lastDay.get(lastDay.size() - level.postsPerDay()).plus(Duration.ofDays(1));
            wait = Math.max(wait, Math.max(1, Duration.between(now, frees).toSeconds() + 1));
        }
        return wait;
    }

    static String limitMessage(TrustLevel level, long seconds) {
        String when = seconds < 120 ? seconds + " seconds" : (seconds < 7200 ? (seconds + 59) / 60 + " minutes"
                : (seconds + 3599) / 3600 + " hours");
        return "You have posted a lot in a short time. Members at your level can post " + level.postsPerMinute()
                + " times a minute and " + level.postsPerDay() + " times a day. Please try again in " + when + ".";
    }

    static int links(String body) {
        if (body == null) {
            return 0;
        }
        Matcher m = LINK.matcher(body);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private List<Instant> postedSince(long author, Instant since) {
        List<Instant> times = new ArrayList<>(em.createQuery("SELECT t.createdAt FROM DiscussionThread t "
                        + "WHERE t.authorId = :a AND t.createdAt > :since", Instant.class)
                .setParameter("a", author).setParameter("since", since).getResultList());
        times.addAll(em.createQuery("SELECT r.createdAt FROM Reply r WHERE r.authorId = :a AND r.createdAt > :since",
                Instant.class).setParameter("a", author).setParameter("since", since).getResultList());
        return times;
    }

    private boolean repeats(long author, String body, Instant now) {
        Instant since = now.minus(DUPLICATE_WINDOW);
        List<String> recent = new ArrayList<>(em.createQuery("SELECT t.body FROM DiscussionThread t "
                        + "WHERE t.authorId = :a AND t.createdAt > :since", String.class)
                .setParameter("a", author).setParameter("since", since).getResultList());
        recent.addAll(em.createQuery("SELECT r.body FROM Reply r WHERE r.authorId = :a AND r.createdAt > :since",
                String.class).setParameter("a", author).setParameter("since", since).getResultList());
        return recent.stream().anyMatch(b -> b.strip().equals(body));
    }
}
