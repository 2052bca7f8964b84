package org.coproduce.portal.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PseudonymGeneratorTest {

    @Test
    void anAdjectiveANatureWordAndANumber() {
        PseudonymGenerator generator = new PseudonymGenerator(new SplittableRandom(7));
        for (int i = 0; i < 500; i++) {
            String[] parts = generator.next().split(" ");
            assertEquals(3, parts.length);
            assertTrue(PseudonymGenerator.ADJECTIVES.contains(parts[0]), parts[0]);
            assertTrue(PseudonymGenerator.NATURE_WORDS.contains(parts[1]), parts[1]);
            int number = Integer.parseInt(parts[2]);
            assertTrue(number >= 10 && number <= 99, parts[2]);
        }
    }

    @Test
    void thereAreManyAndTheyVary() {
        assertTrue(PseudonymGenerator.COMBINATIONS > 100_000);
        PseudonymGenerator generator = new PseudonymGenerator(new SplittableRandom(1));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(generator.next());
        }
        assertTrue(seen.size() > 190, "few repeats in 200: " + seen.size());
        assertEquals(Set.copyOf(PseudonymGenerator.ADJECTIVES).size(), PseudonymGenerator.ADJECTIVES.size(), "no duplicates");
        assertEquals(Set.copyOf(PseudonymGenerator.NATURE_WORDS).size(), PseudonymGenerator.NATURE_WORDS.size());
    }

    @Test
    void theSameRandomSequenceGivesTheSameNames() {
        assertEquals(new PseudonymGenerator(new SplittableRandom(3)).next(), new PseudonymGenerator(new SplittableRandom(3)).next());
    }
}
