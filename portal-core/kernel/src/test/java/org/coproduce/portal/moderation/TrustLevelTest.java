package org.coproduce.portal.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trust levels earned by time, reading and approved contributions, and the posting limits they bring. */
class TrustLevelTest {

    @Test
    void levelsAreEarnedWhenEveryThresholdIsMet() {
        assertEquals(TrustLevel.NEW, TrustLevel.earned(400, 500, 0), "time and reading alone do not make a basic member");
        assertEquals(TrustLevel.BASIC, TrustLevel.earned(0, 0, 1));
        assertEquals(TrustLevel.BASIC, TrustLevel.earned(6, 100, 100), "a member needs a week");
        assertEquals(TrustLevel.MEMBER, TrustLevel.earned(7, 10, 5));
        assertEquals(TrustLevel.MEMBER, TrustLevel.earned(365, 49, 100), "trusted needs reading too");
        assertEquals(TrustLevel.TRUSTED, TrustLevel.earned(60, 50, 30));
        assertTrue(TrustLevel.NEW.postsWait());
        assertFalse(TrustLevel.BASIC.postsWait());
    }

    @Test
    void levelsAreNamedInTheApi() {
        assertEquals(TrustLevel.TRUSTED, TrustLevel.parse(" Trusted "));
        assertNull(TrustLevel.parse("gold"));
        assertEquals("member", TrustLevel.MEMBER.word());
    }

    @Test
    void retryAfterCountsThePostsOfTheLastMinuteAndDay() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        assertEquals(0, PostingGate.retryAfter(List.of(now.minusSeconds(30)), now, TrustLevel.NEW));
        long wait = PostingGate.retryAfter(List.of(now.minusSeconds(40), now.minusSeconds(10)), now, TrustLevel.NEW);
        assertEquals(21, wait, "the older of the two leaves the minute in 20 seconds");
        List<Instant> day = java.util.stream.IntStream.range(0, 10).mapToObj(i -> now.minusSeconds(3600L * (i + 1))).toList();
        assertTrue(PostingGate.retryAfter(day, now, TrustLevel.NEW) > 3600, "ten posts a day for new members");
        assertEquals(0, PostingGate.retryAfter(day, now, TrustLevel.BASIC));
    }

    @Test
    void linksAreCountedAndTheMessageSaysWhenToTryAgain() {
        assertEquals(2, PostingGate.links("See https://a.example and www.b.example, not c.example."));
        assertEquals(0, PostingGate.links(null));
        assertTrue(PostingGate.limitMessage(TrustLevel.NEW, 21).endsWith("Please try again in 21 seconds."));
        assertTrue(PostingGate.limitMessage(TrustLevel.NEW, 3 * 3600).endsWith("Please try again in 3 hours."));
    }
}
