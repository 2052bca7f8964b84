package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Positions picked at random with a given share, the same ones for the same seed. */
class RandomPositionsTest {

    @Test
    void aboutTheShareIsPickedInIncreasingOrderWithNoPreferenceForAnyResidue() {
        // 1%: gaps are drawn; 30%: each position is drawn for
        for (double share : new double[] {0.01, 0.3}) {
            RandomPositions picked = new RandomPositions(share, 42);
            long count = 0;
            long[] byResidue = new long[3];
            long previous = -1;
            for (long position = picked.current(); position < 3_000_000; position = picked.next()) {
                assertTrue(position > previous, "increasing: " + position + " after " + previous);
                previous = position;
                count++;
                byResidue[(int) (position % 3)]++;
            }
            double expected = share * 3_000_000;
            assertTrue(Math.abs(count - expected) < 0.04 * expected, "about " + share + " of 3,000,000: " + count);
            for (long residue : byResidue) {
                assertTrue(Math.abs(residue - count / 3.0) < 0.03 * count / 3, "each residue as likely: " + residue);
            }
        }
    }

    @Test
    void theSameSeedAndSharePickTheSamePositions() {
        RandomPositions one = new RandomPositions(0.2, 7);
        RandomPositions other = new RandomPositions(0.2, 7);
        RandomPositions differentSeed = new RandomPositions(0.2, 8);
        boolean differs = false;
        for (int i = 0; i < 1_000; i++) {
            assertEquals(one.current(), other.current());
            differs |= one.current() != differentSeed.current();
            one.next();
            other.next();
            differentSeed.next();
        }
        assertTrue(differs, "another seed picks other positions");
    }

    @Test
    void aShareOfOneOrMorePicksEveryPositionAndNoShareIsRefused() {
        RandomPositions every = new RandomPositions(1.0, 3);
        for (long position = 0; position < 100; position++) {
            assertEquals(position, every.current());
            every.next();
        }
        assertEquals(0, new RandomPositions(1.5, 3).current());
        assertThrows(IllegalArgumentException.class, () -> new RandomPositions(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new RandomPositions(Double.NaN, 3));
    }

    @Test
    void aTinyShareNeverOverflowsThePosition() {
        RandomPositions rare = new RandomPositions(1e-300, 5);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(rare.next() > 0);
        }
    }
}
