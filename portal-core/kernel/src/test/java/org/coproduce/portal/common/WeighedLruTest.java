package org.coproduce.portal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeighedLruTest {

    private final WeighedLru<String, String> lru = new WeighedLru<>(10, String::length);

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheWeightIsOver() {
        lru.put("a", "aaaa");
        lru.put("b", "bbbb");
        lru.get("a");
        lru.put("c", "cccc");

        assertEquals("aaaa", lru.get("a"), "read recently, so kept");
        assertNull(lru.get("b"), "the least recently used is dropped");
        assertEquals("cccc", lru.get("c"));
        assertEquals(8, lru.weight());
    }

    @Test
    void replacingAValueReweighsIt() {
        lru.put("a", "aaaaaaaa");
        lru.put("a", "a");
        lru.put("b", "bbbbbbbbb");

        assertEquals(10, lru.weight());
        assertEquals(2, lru.size());
    }

    @Test
    void aValueHeavierThanTheWholeIsNotKept() {
        lru.put("a", "aaa");
        lru.put("huge", "x".repeat(11));

        assertNull(lru.get("huge"));
        assertEquals("aaa", lru.get("a"));
        lru.clear();
        assertEquals(0, lru.weight());
        assertThrows(IllegalArgumentException.class, () -> new WeighedLru<String, String>(0, String::length));
    }
}
