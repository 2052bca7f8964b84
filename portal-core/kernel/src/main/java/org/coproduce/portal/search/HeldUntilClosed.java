package org.coproduce.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Values worked out once from a segment (or from one reader of it) and held for as long as it is open: each is held
 * by its owner's cache key and a part (such as a field), and Lucene's close listener of the owner forgets it, as
 * Lucene's own field cache did. An owner that is never closed keeps its values, as it keeps its files open.
 */
final class HeldUntilClosed<V> {

    /** How a value is worked out when it is not held. */
    @FunctionalInterface
    interface Reading<V> {
        V read() throws IOException;
    }

    private record Key(Object owner, Object part) {
    }

    private final Map<Key, V> held = new ConcurrentHashMap<>();

    /** The value held for the owner's {@code part}, worked out now unless held; not held when there is no owner. */
    V get(IndexReader.CacheHelper owner, Object part, Reading<V> reading) throws IOException {
        if (owner == null) {
            return reading.read();
        }
        Key key = new Key(owner.getKey(), part);
        V known = held.get(key);
        if (known != null) {
            return known;
        }
        try {
            return held.computeIfAbsent(key, k -> {
                try {
                    V value = reading.read();
                    owner.addClosedListener(closed -> held.remove(k));
                    return value;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a value is held for the owner's {@code part} (it is forgotten when the owner closes). */
    boolean holds(IndexReader.CacheHelper owner, Object part) {
        return owner != null && held.containsKey(new Key(owner.getKey(), part));
    }
}
