package org.coproduce.portal.search;

import java.util.SplittableRandom;

/**
 * Positions 0, 1, 2, ... each picked with the same probability, independently of the others, visited in increasing
 * order. For a small share the gap to the next pick is drawn at random (geometrically distributed), so a long range is
 * crossed with one draw a pick instead of one a position; for a larger share a logarithm a pick costs more than a
 * cheap draw for each position, so each position is drawn for. The draws come from a fixed seed, so the same seed and
 * share pick the same positions every time.
 */
final class RandomPositions {

    /** The longest gap drawn, far beyond any index's size: keeps the next position from overflowing. */
    private static final long LONGEST_GAP = 1L << 48;

    /** Below this share, gaps are drawn; from it on, positions. */
    private static final double GAPS_BELOW = 0.125;

    private final SplittableRandom random;
    /** The natural logarithm of the probability that a position is not picked, when gaps are drawn; else 0. */
    private final double logMissed;
    /** A position is picked when a draw of 53 random bits falls under this, when positions are drawn. */
    private final long threshold;
    private long current = -1;

    /** Positions picked with probability {@code share} (at least 1: every position), drawn from {@code seed}. */
    RandomPositions(double share, long seed) {
        if (!(share > 0)) {
            throw new IllegalArgumentException("a share above 0 is needed: " + share);
        }
        this.random = new SplittableRandom(seed);
        this.logMissed = share < GAPS_BELOW ? Math.log1p(-share) : 0;
        this.threshold = share >= 1 ? Long.MAX_VALUE : (long) (share * (1L << 53));
        next();
    }

    /** The picked position this has reached. */
    long current() {
        return current;
    }

    /** Moves on to the next picked position and returns it. */
    long next() {
        if (logMissed < 0) {
            // 1 - nextDouble() lies in (0, 1]: its logarithm is finite
            double gap = Math.floor(Math.log(1 - random.nextDouble()) / logMissed);
            current += 1 + (long) Math.min(gap, LONGEST_GAP);
        } else {
            do {
                current++;
            } while ((random.nextLong() >>> 11) >= threshold);
        }
        return current;
    }
}
