package org.coproduce.portal.story;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes pseudonyms such as "Gentle Heron 27" or "Bright Afon 64": a kind adjective, a word from nature in
 * English or Welsh, and a number from 10 to 99. Nothing in it comes from the person.
 */
public final class PseudonymGenerator {

    static final List<String> ADJECTIVES = List.of("Bright", "Calm", "Gentle", "Quiet", "Brave", "Kind", "Steady",
            "Warm", "Patient", "Hopeful", "Bold", "Cheerful", "Curious", "Friendly", "Honest", "Lively", "Merry",
            "Nimble", "Swift", "Wise", "Sunny", "Silver", "Golden", "Misty", "Wild", "Green", "Clear", "Early",
            "Good", "Proud");

    static final List<String> NATURE_WORDS = List.of("Heron", "Rowan", "Willow", "Otter", "Kestrel", "Bracken",
            "Harebell", "Meadow", "Brook", "Hazel", "Alder", "Badger", "Curlew", "Fern", "Heather", "Lark", "Moss",
            "Pebble", "Robin", "Sorrel", "Thistle", "Wren", "Afon", "Bryn", "Cwm", "Derwen", "Eryr", "Glaw", "Llyn",
            "Mynydd", "Nant", "Seren", "Ynys", "Coed", "Haul", "Enfys", "Barcud", "Dryw", "Alarch", "Grug");

    /** How many different pseudonyms there are. */
    static final int COMBINATIONS = ADJECTIVES.size() * NATURE_WORDS.size() * 90;

    private final RandomGenerator random;

    public PseudonymGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** A new pseudonym (not checked against those taken: that is the caller's job). */
    public String next() {
        return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " "
                + NATURE_WORDS.get(random.nextInt(NATURE_WORDS.size())) + " " + (10 + random.nextInt(90));
    }
}
